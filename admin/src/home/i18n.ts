import type { FeatureTexts } from '../i18n/texts';

/** The texts of the role homes (branch, township, supervisor, task force); leaders get the dashboard. */
const texts: FeatureTexts = {
  messages: {
    home: {
      title: ['首页', 'Home'],
      greeting: ['%{name}，您好', 'Hello, %{name}'],
      see_all: ['查看全部（%{total}）', 'See all (%{total})'],
      none: ['暂无', 'None'],
      loading: ['加载中…', 'Loading…'],
      my_stars: ['本支部星级', "Our branch's stars"],
      no_stars: ['本年度尚未获星', 'No star held this year'],
      open_rectifications: ['待整改（整改中）', 'Rectifications to work on'],
      waiting_verification: ['已提交，待督导组验收', 'Submitted, awaiting the team’s verification'],
      today_report: ['今日报告（%{date}）', "Today's report (%{date})"],
      report_done: ['今日已报告：%{text}', 'Reported today: %{text}'],
      report_missing: ['今日尚未报告', 'Not reported yet today'],
      write_report: ['填写今日报告', "Write today's report"],
      my_applications: ['本年度创星申请', "This year's star applications"],
      apply: ['申请创星', 'Apply for a star'],
      review_queue_township: ['待乡镇初审的申请', 'Applications awaiting township review'],
      review_queue_task_force: ['待专班审核的申请', 'Applications awaiting task force review'],
      laggards: ['需要关注的支部', 'Branches needing attention'],
      laggards_hint: [
        '今日未报告，或有逾期整改（截至今日）',
        'No report today, or a rectification past its deadline (as of today)',
      ],
      no_laggards: ['各支部今日均已报告，无逾期整改', 'Every branch reported today; no overdue rectification'],
      not_reported: ['今日未报告', 'No report today'],
      overdue_n: ['逾期整改 %{n} 项', '%{n} overdue rectification(s)'],
      checks_in_progress: ['进行中的暗访', 'Spot checks on site now'],
      checks_planned: ['已计划的暗访', 'Planned spot checks'],
      to_verify: ['待验收的整改', 'Rectifications to verify'],
      plan_check: ['计划暗访', 'Plan a spot check'],
      deadline: ['期限 %{date}', 'due %{date}'],
      planned_for: ['计划 %{date}', 'planned for %{date}'],
    },
  },
};

export default texts;

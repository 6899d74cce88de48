import type { FeatureTexts } from '../i18n/texts';

/** The texts of the accountability chain. */
const texts: FeatureTexts = {
  enums: {
    ChainRole: {
      STAR_OWNER: ['包星人', 'Star owner'],
      BRANCH_SECRETARY: ['支部书记', 'Branch secretary'],
      TOWNSHIP_SECRETARY: ['乡镇（街道）党（工）委书记', 'Township secretary'],
      COUNTY_LEADER: ['联系点县级领导', 'County-level leader (contact point)'],
      TASK_FORCE_LEADER: ['专班负责人（牵头单位）', 'Task force leader (lead department)'],
      ORGANIZATION_MINISTER: ['组织部长', 'Organization minister'],
      PARTY_SECRETARY: ['区委书记', 'District party secretary'],
    },
  },
  messages: {
    chain: {
      menu: ['责任链', 'Chain'],
      title: ['工作责任链', 'Accountability chain'],
      intro: [
        '从包星人到区委书记，谁为该支部的这颗星负责；可选择历史日期查看当时的责任链。',
        'Who answers for this star at this branch, from the star owner up to the district party secretary; pick a past date to see the chain as it stood then.',
      ],
      branch: ['支部', 'Branch'],
      star: ['星类型', 'Star'],
      at: ['截至日期', 'As of'],
      vacant: ['空缺', 'Vacant'],
      pick_branch: ['请选择一个支部', 'Choose a branch'],
      since: ['自 %{date} 起', 'since %{date}'],
      until: ['至 %{date}', 'until %{date}'],
      answered_for: ['截至 %{date}（北京时间）', 'As of %{date} (Asia/Shanghai)'],
      vacancies: ['有 %{smart_count} 个环节空缺', '%{smart_count} vacant link |||| %{smart_count} vacant links'],
      complete: ['责任链完整', 'No vacant link'],
      open_page: ['在责任链页面打开', 'Open on the chain page'],
      today: ['今天', 'Today'],
    },
    chain_duty: {
      STAR_OWNER: ['包星', 'Owns the star'],
      BRANCH_SECRETARY: ['支部书记（第一责任人）', 'Branch secretary (first responsible)'],
      TOWNSHIP_SECRETARY: ['直接抓', 'Directly in charge'],
      COUNTY_LEADER: ['联系点（逐村过、逐级筛）', 'Contact point (reviews village by village)'],
      TASK_FORCE_LEADER: ['专班牵头', 'Leads the task force'],
      ORGANIZATION_MINISTER: ['具体抓', 'In charge'],
      PARTY_SECRETARY: ['带头抓', 'Leads'],
    },
  },
};

export default texts;

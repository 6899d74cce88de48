import type { FeatureTexts } from '../../i18n/texts';

/** The texts of test sessions, their results and 我的测试. */
const texts: FeatureTexts = {
  resources: {
    testSessions: {
      name: ['测试场次', 'Test session |||| Test sessions'],
      fields: {
        unitId: ['组织单位', 'Organizer'],
        title: ['名称', 'Title'],
        opensAt: ['开始时间', 'Opens at'],
        closesAt: ['结束时间', 'Closes at'],
        timeLimitMinutes: ['限时（分钟）', 'Time limit (minutes)'],
        passMark: ['及格分', 'Pass mark'],
        attemptsAllowed: ['允许作答次数', 'Attempts allowed'],
        expected: ['应考人数', 'Expected takers'],
        paperMode: ['组卷方式', 'Paper'],
        questionIds: ['试题', 'Questions'],
        audienceUnitIds: ['应考单位', 'Audience units'],
        audienceRoles: ['应考职务', 'Audience roles'],
      },
    },
  },
  messages: {
    training: {
      menu: ['培训测试', 'Training and tests'],
      my_tests: ['我的测试', 'My tests'],
      none: ['暂无需要参加的测试', 'No tests for you'],
      start: ['开始答题', 'Start'],
      resume: ['继续答题', 'Resume'],
      submit: ['交卷', 'Submit'],
      back: ['返回我的测试', 'Back to my tests'],
      your_answer: ['您的答案', 'Your answer'],
      right: ['回答正确', 'Right'],
      wrong: ['回答错误，正确答案：%{key}', 'Wrong; the answer: %{key}'],
      answered: ['已答 %{n} / %{total} 题', '%{n} of %{total} answered'],
      time_left: ['剩余 %{m}:%{s}', '%{m}:%{s} left'],
      deadline: ['截止 %{at}', 'due %{at}'],
      score: ['得分 %{score}（答对 %{n} / %{total} 题）', 'Score %{score} (%{n} of %{total} right)'],
      limit: ['限时 %{m} 分钟', '%{m} minutes'],
      pass_mark: ['及格 %{mark} 分', 'pass at %{mark}'],
      result: ['成绩 %{score}', 'Score %{score}'],
      passed: ['（及格）', '(passed)'],
      failed: ['（不及格）', '(not passed)'],
      results: ['测试结果', 'Results'],
      figures: [
        '应考 %{expected} 人，参考 %{took} 人，参考率 %{rate}；及格 %{passed} 人，及格率 %{passRate}；平均分 %{average}',
        '%{expected} expected, %{took} took it (%{rate}); %{passed} passed (%{passRate}); average %{average}',
      ],
      takers: ['人数', 'Takers'],
      unit: ['单位', 'Unit'],
      expected: ['应考', 'Expected'],
      took: ['参考', 'Took'],
      rate: ['参考率', 'Participation'],
      pass_rate: ['及格率', 'Pass rate'],
      items: ['试题分析（难度系数、区分度）', 'Items (facility, discrimination)'],
      fixed: ['固定试卷', 'Fixed paper'],
      options_help: [
        '每行一个选项；答案填选项序号（从 0 起）或填空的可接受答案',
        'One option per line; the key is option indexes from 0, or accepted fill-in texts',
      ],
      role_BRANCH_SECRETARY: ['支部书记', 'Branch secretaries'],
      role_BRANCH_MEMBER: ['支委委员', 'Branch committee members'],
      role_TOWNSHIP_SECRETARY: ['乡镇（街道）书记', 'Township secretaries'],
      role_COUNTY_LEADER: ['县级领导', 'County leaders'],
      kind_SINGLE: ['单选题', 'Single choice'],
      kind_MULTIPLE: ['多选题', 'Multiple choice'],
      kind_TRUE_FALSE: ['判断题', 'True/false'],
      kind_FILL: ['填空题', 'Fill-in'],
    },
  },
};

export default texts;

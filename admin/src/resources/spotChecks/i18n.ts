import type { FeatureTexts } from '../../i18n/texts';

/** The texts of spot checks and their findings. */
const texts: FeatureTexts = {
  resources: {
    spotChecks: {
      name: ['暗访', 'Spot check |||| Spot checks'],
      fields: {
        status: ['状态', 'State'],
        teamId: ['督导组', 'Team'],
        team: ['督导组', 'Team'],
        targetUnitId: ['被检单位', 'Target'],
        targetUnit: ['被检单位', 'Target'],
        plannedFor: ['计划日期', 'Planned for'],
        keyTaskIds: ['检查的重点任务', 'Key tasks'],
        starCodes: ['检查的星类型', 'Stars'],
        note: ['备注', 'Note'],
        startedAt: ['开始时间', 'Started at'],
        location: ['地点', 'Location'],
        completedAt: ['完成时间', 'Completed at'],
        summary: ['小结', 'Summary'],
        methodAttested: ['已确认“四不两直”', 'Method attested'],
        overallScore: ['总评分', 'Overall score'],
        findingCount: ['问题数', 'Findings'],
        findings: ['发现的问题', 'Findings'],
        scores: ['各重点任务得分', 'Scores'],
        withinId: ['被检单位范围', 'Within'],
      },
    },
  },
  messages: {
    spotChecks: {
      correct: ['更正', 'Correct'],
      save_correction: ['保存更正', 'Save the correction'],
      corrected: ['问题已更正', 'Finding corrected'],
      corrected_at: ['更正于 %{at}', 'Corrected at %{at}'],
      withdraw: ['撤回', 'Withdraw'],
      withdraw_reason: ['撤回原因', 'Why it is withdrawn'],
      withdrawn_ok: ['问题已撤回', 'Finding withdrawn'],
      withdrawn: [
        '已撤回（%{by}）：%{reason}。不计入统计，不交办整改',
        'Withdrawn by %{by}: %{reason}. Counted nowhere, never rectified',
      ],
    },
  },
  enums: {
    SpotCheckStatus: {
      PLANNED: ['已计划（保密）', 'Planned (secret)'],
      IN_PROGRESS: ['进行中', 'In progress'],
      COMPLETED: ['已完成', 'Completed'],
    },
    FindingSeverity: { MINOR: ['一般', 'Minor'], MAJOR: ['较重', 'Major'], CRITICAL: ['严重', 'Critical'] },
  },
};

export default texts;

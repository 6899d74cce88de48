import { registerEnumType } from 'type-graphql';

/** What the quarterly ranking does with a component a unit has no data for (a district setting). */
export enum MissingComponentRule {
  RESCALE = 'RESCALE',
  ZERO = 'ZERO',
}
registerEnumType(MissingComponentRule, {
  name: 'MissingComponentRule',
  description: '评比缺项规则 How the ranking treats a component without data',
  valuesConfig: {
    RESCALE: {
      description: '缺项不计，其余权重按比例放大 Left out: the other weights are scaled up',
    },
    ZERO: { description: '缺项按 0 分计 Counted as 0' },
  },
});

/** The components of the quarterly appraisal. */
export enum AppraisalComponent {
  PLAN_COMPLETION = 'PLAN_COMPLETION',
  SPOT_CHECK = 'SPOT_CHECK',
  RECTIFICATION_CLOSURE = 'RECTIFICATION_CLOSURE',
  RECTIFICATION_TIMELINESS = 'RECTIFICATION_TIMELINESS',
  TOUR = 'TOUR',
  TRAINING = 'TRAINING',
}
registerEnumType(AppraisalComponent, {
  name: 'AppraisalComponent',
  description: '季度评比分项 A component of the quarterly appraisal',
  valuesConfig: {
    PLAN_COMPLETION: { description: '任务完成率 Plan completion' },
    SPOT_CHECK: { description: '暗访得分 Spot-check score' },
    RECTIFICATION_CLOSURE: { description: '整改销号率 Rectification closure' },
    RECTIFICATION_TIMELINESS: { description: '整改及时率 Rectification timeliness' },
    TOUR: { description: '观摩得分 Tour score' },
    TRAINING: { description: '应知应会测试参考率 Participation in the knowledge tests' },
  },
});

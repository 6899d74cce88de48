import type { FeatureTexts } from '../../i18n/texts';

/** The texts of findings: the list and page of their own, and the spot check's findings panel. */
const texts: FeatureTexts = {
  resources: {
    findings: {
      name: ['问题', 'Finding |||| Findings'],
      fields: {
        severity: ['严重程度', 'Severity'],
        description: ['问题描述', 'Description'],
        keyTask: ['重点任务', 'Key task'],
        starCode: ['星类型', 'Star'],
        evidence: ['佐证照片', 'Evidence'],
        spotCheck: ['暗访', 'Spot check'],
        targetUnit: ['被检单位', 'Unit checked'],
        recordedAt: ['记录时间', 'Recorded at'],
        claimedBy: ['现场认领人', 'Claimed on site by'],
        rectification: ['整改', 'Rectification'],
        withdrawn: ['已撤回', 'Withdrawn'],
        correctedAt: ['最近更正时间', 'Last corrected at'],
      },
    },
  },
  messages: {
    findings: {
      none: ['尚未交办整改', 'No rectification assigned yet'],
      withdrawn_short: ['已撤回', 'Withdrawn'],
    },
  },
};

export default texts;

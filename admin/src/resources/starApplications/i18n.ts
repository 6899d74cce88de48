import type { FeatureTexts } from '../../i18n/texts';

/** The texts of star applications: the rating lifecycle, and the self-assessment a branch edits before resubmitting. */
const texts: FeatureTexts = {
  resources: {
    starApplications: {
      name: ['创星申请', 'Star application |||| Star applications'],
      fields: {
        branchId: ['支部', 'Branch'],
        branch: ['支部', 'Branch'],
        starCode: ['星类型', 'Star'],
        starType: ['星类型', 'Star'],
        year: ['年度', 'Year'],
        status: ['状态', 'Status'],
        selfScore: ['自评总分', 'Self score'],
        submittedAt: ['提交时间', 'Submitted at'],
        noticeStartsOn: ['公示开始', 'Notice from'],
        noticeEndsOn: ['公示结束', 'Notice until'],
        awardedAt: ['命名时间', 'Awarded at'],
        allowedActions: ['可执行操作', 'Actions available'],
        actionable: ['待我处理', 'Waiting for me'],
        daysWaiting: ['本环节已等待（天）', 'Days at this step'],
        items: ['逐项自评', 'Self-assessment'],
        'items.keyTaskId': ['重点任务', 'Key task'],
        'items.met': ['达标', 'Met'],
        'items.score': ['自评分', 'Score'],
        'items.note': ['说明', 'Note'],
      },
    },
  },
  enums: {
    StarApplicationStatus: {
      SUBMITTED: ['待乡镇初审', 'Awaiting township review'],
      TOWNSHIP_APPROVED: ['待专班审核', 'Awaiting task force review'],
      TASK_FORCE_APPROVED: ['待区级审定', 'Awaiting district decision'],
      DECIDED: ['待公示', 'Awaiting public notice'],
      PUBLIC_NOTICE: ['公示中', 'In public notice'],
      AWARDED: ['已命名', 'Awarded'],
      REJECTED: ['未通过', 'Rejected'],
      RETURNED: ['退回修改', 'Returned for changes'],
    },
    StarApplicationAction: {
      APPROVE: ['通过', 'Approve'],
      REJECT: ['不通过', 'Reject'],
      RETURN: ['退回修改', 'Return'],
      RESUBMIT: ['重新提交', 'Resubmit'],
      FILE_OBJECTION: ['提出异议', 'File an objection'],
      RESOLVE_OBJECTION: ['处理异议', 'Resolve objections'],
      FINALIZE: ['命名', 'Award'],
    },
    ReviewDecision: { APPROVE: ['通过', 'Approve'], REJECT: ['不通过', 'Reject'], RETURN: ['退回', 'Return'] },
    ObjectionStatus: { OPEN: ['待处理', 'Open'], UPHELD: ['成立', 'Upheld'], DISMISSED: ['不成立', 'Dismissed'] },
  },
  messages: {
    resubmit: {
      title: ['修改自评并重新提交', 'Edit the self-assessment and resubmit'],
      hint: ['已上传的佐证材料保留，可追加新的材料', 'Evidence on file stays; you can add more'],
      returned_with: ['退回意见：%{comment}', 'Returned with: %{comment}'],
      comment: ['重新提交说明', 'Note to the reviewer'],
      submit: ['重新提交', 'Resubmit'],
    },
  },
};

export default texts;

import { registerEnumType } from 'type-graphql';

/** draft → submitted → township review → district review → published; returned at either review; withdrawn after. */
export enum PostStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  TOWNSHIP_APPROVED = 'TOWNSHIP_APPROVED',
  PUBLISHED = 'PUBLISHED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PostStatus, {
  name: 'PostStatus',
  description: '动态状态 Post status',
  valuesConfig: {
    DRAFT: { description: '草稿 Draft' },
    SUBMITTED: { description: '待乡镇审核 Submitted, awaiting the township review' },
    TOWNSHIP_APPROVED: { description: '待区级审核 Township approved, awaiting the district review' },
    PUBLISHED: { description: '已发布（或定时发布）Published, or scheduled when publishAt is ahead' },
    RETURNED: { description: '已退回 Returned with a comment' },
    WITHDRAWN: { description: '已撤回 Withdrawn after publishing' },
  },
});

export enum PostFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}
registerEnumType(PostFormat, {
  name: 'PostFormat',
  description: '正文格式 Body format (both sanitized on the server)',
  valuesConfig: {
    MARKDOWN: { description: 'Markdown' },
    HTML: { description: '受限 HTML Safe subset of HTML' },
  },
});

export enum PostAction {
  CREATE = 'CREATE',
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  TOWNSHIP_APPROVE = 'TOWNSHIP_APPROVE',
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(PostAction, {
  name: 'PostAction',
  description: '动态操作 Step in a post history',
  valuesConfig: {
    CREATE: { description: '创建 Created' },
    EDIT: { description: '修改 Edited' },
    SUBMIT: { description: '提交 Submitted' },
    TOWNSHIP_APPROVE: { description: '乡镇审核通过 Township approved' },
    PUBLISH: { description: '区级审核通过并发布 District approved and published (or scheduled)' },
    RETURN: { description: '退回 Returned' },
    WITHDRAW: { description: '撤回 Withdrawn' },
  },
});

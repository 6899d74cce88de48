import type { FeatureTexts } from '../../i18n/texts';

/** The texts of 创建动态. */
const texts: FeatureTexts = {
  resources: {
    posts: {
      name: ['创建动态', 'Post |||| Posts'],
      fields: {
        unitId: ['单位', 'Unit'],
        unit: ['单位', 'Unit'],
        title: ['标题', 'Title'],
        summary: ['摘要', 'Summary'],
        format: ['正文格式', 'Format'],
        body: ['正文', 'Body'],
        bodyHtml: ['正文', 'Body'],
        status: ['状态', 'Status'],
        authorName: ['作者', 'Author'],
        publishedAt: ['发布时间', 'Published at'],
        lastComment: ['审核意见', 'Review comment'],
        awaitingMyReview: ['待我审核', 'Awaiting my review'],
        search: ['搜索', 'Search'],
        coverFileId: ['封面图片（佐证材料编号）', 'Cover (evidence file id)'],
        starCodes: ['标签：星类型', 'Tags: stars'],
        updatedAt: ['更新时间', 'Updated'],
      },
    },
  },
  enums: {
    PostStatus: {
      DRAFT: ['草稿', 'Draft'],
      SUBMITTED: ['待乡镇审核', 'Awaiting township review'],
      TOWNSHIP_APPROVED: ['待区级审核', 'Awaiting district review'],
      PUBLISHED: ['已发布', 'Published'],
      RETURNED: ['已退回', 'Returned'],
      WITHDRAWN: ['已撤回', 'Withdrawn'],
    },
    PostFormat: { MARKDOWN: ['Markdown', 'Markdown'], HTML: ['HTML', 'HTML'] },
    PostAction: {
      CREATE: ['创建', 'Created'],
      EDIT: ['修改', 'Edited'],
      SUBMIT: ['提交审核', 'Submitted'],
      TOWNSHIP_APPROVE: ['乡镇审核通过', 'Township approved'],
      PUBLISH: ['区级审核通过并发布', 'Published'],
      RETURN: ['退回', 'Returned'],
      WITHDRAW: ['撤回', 'Withdrawn'],
    },
  },
  messages: {
    posts: {
      menu: ['创建动态', 'Publicity'],
      preview: ['预览', 'Preview'],
      preview_hint: [
        '预览为服务器净化后的效果；图片发布后对外可见',
        'The preview is what the server keeps after sanitizing',
      ],
      submit: ['提交审核', 'Submit for review'],
      approve: ['审核通过', 'Approve'],
      publish: ['审核通过并发布', 'Approve and publish'],
      return: ['退回', 'Return'],
      withdraw: ['撤回', 'Withdraw'],
      comment: ['意见', 'Comment'],
      publish_at: ['定时发布（北京时间，可不填）', 'Publish at (Beijing time, optional)'],
      done: ['已完成', 'Done'],
      history: ['审核记录', 'History'],
      queue: ['审核队列', 'Review queue'],
      published: ['已发布', 'Published'],
      scheduled: ['定时发布，尚未到时', 'Scheduled, not yet due'],
      live: ['已在公开频道中', 'Live in the public feed'],
      branch_posts: ['本支部的创建动态', 'Posts of this branch'],
      images: ['封面与配图', 'Cover and images'],
      images_hint: [
        '图片保存为佐证材料；可设为封面或插入正文，发布后对外可见',
        'Images are kept as evidence files; make one the cover or show it in the body; public once published',
      ],
      upload_images: ['上传图片', 'Upload images'],
      uploading: ['正在上传……', 'Uploading…'],
      cover: ['封面', 'Cover'],
      set_cover: ['设为封面', 'Make the cover'],
      insert_image: ['插入正文', 'Insert into the body'],
      remove_image: ['移除', 'Remove'],
      pick_images: ['从会议照片中选择', 'Pick from meeting photos'],
      pick: ['选用', 'Use'],
      no_meeting_photos: ['本单位的学讲评会议暂无可选照片', 'No meeting photos of this unit to pick'],
    },
  },
};

export default texts;

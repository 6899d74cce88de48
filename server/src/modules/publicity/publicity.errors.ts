/** The publicity module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const PostReasons = defineReasons('POST', {
  BAD_CURSOR: { code: 'BAD_USER_INPUT', zh: '分页游标无效', en: 'invalid cursor' },
  BAD_LIMIT: { code: 'BAD_USER_INPUT', zh: '每页条数须在 1 到 50 之间', en: 'limit must be 1–50' },
  BAD_PUBLISH_AT: {
    code: 'BAD_USER_INPUT',
    zh: '定时发布时间应为北京时间 YYYY-MM-DDTHH:mm，且不早于现在',
    en: 'publishAt: a Beijing time YYYY-MM-DDTHH:mm, not in the past',
  },
  COMMENT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '退回或撤回须填写意见',
    en: 'returning or withdrawing needs a comment',
  },
  FORBIDDEN: { code: 'FORBIDDEN', zh: '当前角色无权进行该操作', en: 'your role may not do this to the post' },
  IMAGE_TYPE: { code: 'BAD_USER_INPUT', zh: '封面和配图须为图片', en: 'cover and images must be images' },
  KEY_TASK_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '重点任务不存在', en: 'key task not found' },
  NO_THUMBNAIL: { code: 'NOT_FOUND', zh: '该图片无法生成缩略图', en: 'no thumbnail can be made of this image' },
  NOT_EDITABLE: {
    code: 'CONFLICT',
    zh: '只有草稿或已退回的动态可以修改',
    en: 'only drafts and returned posts are edited',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '动态不存在', en: 'post not found' },
  STAR_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '星类型不存在', en: 'star type not found' },
  TAG_UNIT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '标签单位不存在', en: 'tagged unit not found' },
  UNIT_LEVEL: {
    code: 'BAD_USER_INPUT',
    zh: '动态由支部、乡镇（街道）或区撰写',
    en: 'posts are written for a branch, township or district',
  },
  UNIT_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '单元不存在', en: 'unit not found' },
  WRONG_STATE: { code: 'CONFLICT', zh: '动态当前状态不允许该操作', en: 'the post’s state does not allow this' },
});

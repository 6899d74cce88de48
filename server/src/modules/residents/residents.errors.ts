/** The residents module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const ResidentRequestReasons = defineReasons('RESIDENT_REQUEST', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '诉求不存在', en: 'resident request not found' },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有办理该诉求的社区（单位）工作人员可以办理',
    en: 'only the staff of the unit handling the request may act on it',
  },
  BAD_STAGE: {
    code: 'INVALID_TRANSITION',
    zh: '诉求当前环节 %{fromState}，不能%{toState}',
    en: 'the request is at %{fromState}: it cannot be moved to %{toState}',
  },
  NOT_A_COMMUNITY: {
    code: 'BAD_USER_INPUT',
    zh: '诉求只能提交给社区（村）或乡镇（街道）',
    en: 'requests go to a community (village) or a township-level unit',
  },
  UNKNOWN_COMMUNITY: { code: 'NOT_FOUND', zh: '社区不存在', en: 'community not found' },
  CONTACT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '非匿名诉求须留下姓名和联系电话',
    en: 'a request that is not anonymous needs a name and a phone number',
  },
  ANONYMOUS_WITH_CONTACT: {
    code: 'BAD_USER_INPUT',
    zh: '匿名诉求不留姓名、电话和地址',
    en: 'an anonymous request keeps no name, phone or address',
  },
  HONEYPOT: { code: 'BAD_USER_INPUT', zh: '提交未被接受', en: 'the submission was not accepted' },
  MERGE_TARGET: {
    code: 'BAD_USER_INPUT',
    zh: '只能合并到本单位另一件未合并的诉求',
    en: 'merge into another unmerged request of the same unit',
  },
  REFER_TARGET: {
    code: 'BAD_USER_INPUT',
    zh: '只能转交本区内的另一个社区（村）或乡镇（街道）',
    en: 'refer to another community or township-level unit of the same district',
  },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', zh: '请说明原因', en: 'say why' },
  UNKNOWN_TRACKING_CODE: { code: 'NOT_FOUND', zh: '查询码不存在', en: 'no request has this tracking code' },
  TOO_MANY_PHOTOS: { code: 'BAD_USER_INPUT', zh: '最多上传 %{max} 张照片', en: 'at most %{max} photos' },
  PHOTO_NOT_IMAGE: {
    code: 'BAD_USER_INPUT',
    zh: '照片须为 JPEG、PNG、WebP 或 HEIC 图片',
    en: 'photos must be JPEG, PNG, WebP or HEIC images',
    status: 415,
  },
  PHOTO_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    zh: '提交内容超过 %{mb} MB 上限',
    en: 'the submission exceeds the %{mb} MB limit',
    status: 413,
  },
  NOT_FORM: {
    code: 'BAD_USER_INPUT',
    zh: '请通过表单提交（multipart/form-data 或 application/x-www-form-urlencoded）',
    en: 'submit the form (multipart/form-data or application/x-www-form-urlencoded)',
    status: 415,
  },
  BAD_MONTH: { code: 'BAD_USER_INPUT', zh: '年份或月份无效', en: 'invalid year or month' },
});

export const ResidentMeetingReasons = defineReasons('RESIDENT_MEETING', {
  NOT_FOUND: { code: 'NOT_FOUND', zh: '半月谈记录不存在', en: 'consultation meeting not found' },
  NO_REQUESTS: {
    code: 'BAD_USER_INPUT',
    zh: '半月谈至少协商一件已受理的诉求',
    en: 'a meeting settles at least one accepted request',
  },
});

export const CommunityReasons = defineReasons('COMMUNITY', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有本社区（村）或其乡镇（街道）工作人员可以维护名册和活动',
    en: 'only the staff of the community or its township maintain its registers and activities',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '记录不存在', en: 'record not found' },
  BAD_COUNT: { code: 'BAD_USER_INPUT', zh: '人数须为 0–100000 的整数', en: 'counts are whole numbers 0–100000' },
  UNKNOWN_PERSON: { code: 'BAD_USER_INPUT', zh: '人员不存在或不属于本社区', en: 'unknown person of this community' },
});

export const ResidentCalendarReasons = defineReasons('RESIDENT_CALENDAR', {
  FORBIDDEN: { code: 'FORBIDDEN', zh: '只有区级管理员可以维护工作日历', en: 'only district admins edit the calendar' },
});

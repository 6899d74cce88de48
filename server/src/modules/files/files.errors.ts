/** The files module's reasons (common/reasons.ts). */
import { defineReasons } from '../../common/reasons';

export const FileReasons = defineReasons('FILE', {
  NOT_FOUND: {
    code: 'NOT_FOUND',
    zh: '文件不存在或无权使用',
    en: 'the file does not exist or is not yours to use',
  },
  TOO_MANY: { code: 'BAD_USER_INPUT', zh: '每条记录最多 %{max} 个文件', en: 'at most %{max} files per record' },
  TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    status: 413,
    zh: '文件超过 %{mb} MB 上限',
    en: 'the file is larger than %{mb} MB',
  },
  NOT_MULTIPART: {
    code: 'BAD_USER_INPUT',
    status: 415,
    zh: '请以 multipart/form-data 上传，字段名 file',
    en: 'send multipart/form-data with a `file` field',
  },
  TYPE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    status: 415,
    zh: '只接受图片（JPEG、PNG、GIF、WebP、HEIC）、PDF 和 Office 文档',
    en: 'only images, PDF and office documents are accepted; the type is read from the content',
  },
  EMPTY: { code: 'BAD_USER_INPUT', zh: '文件为空', en: 'the file is empty' },
  MISSING: { code: 'BAD_USER_INPUT', zh: '请在字段 file 中附上文件', en: 'attach the file in the `file` field' },
  MALFORMED_UPLOAD: {
    code: 'BAD_USER_INPUT',
    zh: '上传数据不完整或格式错误',
    en: 'the upload was incomplete or malformed',
  },
  CONTENT_MISSING: {
    code: 'INTERNAL_SERVER_ERROR',
    zh: '文件内容缺失，请联系管理员',
    en: 'the stored content is missing; tell an administrator',
  },
});

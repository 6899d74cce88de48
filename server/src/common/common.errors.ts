/** The cross-cutting reasons (common/reasons.ts). */
import { defineReasons } from './reasons';

export const GraphqlReasons = defineReasons('GRAPHQL', {
  BAD_REQUEST: { code: 'BAD_USER_INPUT', zh: '请求无效', en: 'bad request' },
  INVALID_VARIABLES: { code: 'BAD_USER_INPUT', zh: '变量无效', en: 'invalid variables' },
  PARSE_FAILED: { code: 'BAD_USER_INPUT', zh: '查询语法错误', en: 'the query does not parse' },
  PERSISTED_QUERY_NOT_FOUND: { code: 'BAD_USER_INPUT', zh: '未找到持久化查询', en: 'persisted query not found' },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    code: 'BAD_USER_INPUT',
    zh: '不支持持久化查询',
    en: 'persisted queries are not supported',
  },
  UNKNOWN_OPERATION: { code: 'BAD_USER_INPUT', zh: '未知的操作', en: 'unknown operation' },
  UNSUPPORTED_OPERATION: {
    code: 'BAD_USER_INPUT',
    zh: '不支持该类操作',
    en: 'this kind of operation is not supported',
  },
  VALIDATION_FAILED: { code: 'BAD_USER_INPUT', zh: '查询不符合接口定义', en: 'the query does not match the schema' },
});

export const InputReasons = defineReasons('INPUT', {
  BAD_QUARTER: { code: 'BAD_USER_INPUT', zh: '季度应为 1–4', en: 'quarter 1–4' },
  BAD_YEAR: { code: 'BAD_USER_INPUT', zh: '年度应在 2000–2100 之间', en: 'year 2000–2100' },
  END_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    zh: '结束日期不能早于开始日期',
    en: 'the end date is before the start date',
  },
  INVALID: { code: 'BAD_USER_INPUT', zh: '输入无效', en: 'invalid input' },
  INVALID_DATE: {
    code: 'BAD_USER_INPUT',
    zh: '%{field} 不是有效日期，应为 YYYY-MM-DD',
    en: '%{field} is not a valid date: expected YYYY-MM-DD',
  },
  INVALID_PHONE: {
    code: 'BAD_USER_INPUT',
    zh: '%{field} 不是有效的电话号码（11 位手机号，或带区号的固定电话如 0371-67181234）',
    en: '%{field} is not a valid phone number: an 11-digit mobile number or a landline with its area code (0371-67181234)',
  },
  INVALID_MONTH: { code: 'BAD_USER_INPUT', zh: '月份格式应为 YYYY-MM', en: 'month: YYYY-MM' },
  INVALID_TEXT: {
    code: 'BAD_USER_INPUT',
    zh: '%{field} 含有无法保存的字符（空字符或不成对的代理项）',
    en: '%{field} contains a NUL byte or is not valid Unicode',
  },
  MALFORMED_ID: {
    code: 'BAD_USER_INPUT',
    zh: '%{field} 不是有效的标识',
    en: '%{field} is not a well-formed id: expected a positive integer',
  },
  REQUIRED: { code: 'BAD_USER_INPUT', zh: '%{field} 不能为空', en: '%{field} is required' },
  TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '%{field} 不能超过 %{max} 个字符',
    en: '%{field} is longer than %{max} characters',
  },
  TOO_MANY_IDS: { code: 'BAD_USER_INPUT', zh: '一次最多 %{max} 个标识', en: 'at most %{max} ids at once' },
  UNKNOWN_SORT_FIELD: {
    code: 'BAD_USER_INPUT',
    zh: '不能按 %{field} 排序；可用：%{allowed}',
    en: 'cannot sort by %{field}; sort by one of: %{allowed}',
  },
  YEAR_RANGE: { code: 'BAD_USER_INPUT', zh: '年度须为四位数字', en: 'year: four digits' },
});

export const LimitReasons = defineReasons('LIMIT', {
  COST: {
    code: 'BAD_USER_INPUT',
    zh: '查询代价过高：请减少每页条数或嵌套的列表',
    en: 'query too costly: ask for fewer rows or fewer nested lists',
  },
  DEPTH: { code: 'BAD_USER_INPUT', zh: '查询嵌套层级过深', en: 'query nested too deeply' },
  ALIASES: { code: 'BAD_USER_INPUT', zh: '查询使用的别名过多', en: 'too many aliases' },
  TOKENS: { code: 'BAD_USER_INPUT', zh: '查询过长', en: 'query too long' },
  DIRECTIVES: { code: 'BAD_USER_INPUT', zh: '查询使用的指令过多', en: 'too many directives' },
});

export const RecordReasons = defineReasons('RECORD', {
  DUPLICATE: { code: 'CONFLICT', zh: '记录重复', en: 'a record with these values exists already' },
  REFERENCE: {
    code: 'CONFLICT',
    zh: '关联的记录不存在或仍被引用',
    en: 'a referenced record is missing or still in use',
  },
  STALE_VERSION: {
    code: 'CONFLICT',
    zh: '记录已被他人修改，请刷新后再保存',
    en: 'the record was changed by someone else: reload it and try again',
  },
});

export const RequestReasons = defineReasons('REQUEST', {
  MALFORMED: { code: 'BAD_USER_INPUT', zh: '请求格式错误', en: 'malformed request' },
  TOO_LARGE: { code: 'BAD_USER_INPUT', status: 413, zh: '请求体过大', en: 'request body too large' },
  NO_SUCH_ROUTE: { code: 'NOT_FOUND', status: 404, zh: '没有这个地址', en: 'no such address' },
});

export const ServerReasons = defineReasons('SERVER', {
  BUSY: {
    code: 'INTERNAL_SERVER_ERROR',
    status: 503,
    zh: '服务器繁忙，请稍后重试',
    en: 'the server is busy; retry shortly',
  },
  DATABASE_UNAVAILABLE: {
    code: 'INTERNAL_SERVER_ERROR',
    status: 503,
    zh: '数据库暂时不可用，请稍后重试',
    en: 'the database is unavailable; retry shortly',
  },
  DRAINING: {
    code: 'INTERNAL_SERVER_ERROR',
    status: 503,
    zh: '服务器正在停止，请求将由其他实例处理',
    en: 'the server is stopping; another instance takes the requests',
  },
  MIGRATIONS_PENDING: {
    code: 'INTERNAL_SERVER_ERROR',
    status: 503,
    zh: '数据库结构尚未升级到当前版本（迁移未完成）',
    en: 'the database has migrations still to apply',
  },
  UNEXPECTED: {
    code: 'INTERNAL_SERVER_ERROR',
    zh: '服务器内部错误，请联系管理员并提供编号 %{errorId}',
    en: 'internal error',
  },
});

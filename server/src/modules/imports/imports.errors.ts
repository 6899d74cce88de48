/** The imports module's reasons (common/reasons.ts): refusals of a whole file, and problems of a row or cell. */
import { defineReasons } from '../../common/reasons';

export const ImportReasons = defineReasons('IMPORT', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    zh: '只有区级管理员和乡镇（街道）工作人员可以导入',
    en: 'only district admins and township staff may import',
  },
  NOT_FOUND: { code: 'NOT_FOUND', zh: '导入批次不存在', en: 'the import batch does not exist' },
  UNKNOWN_KIND: {
    code: 'NOT_FOUND',
    zh: '没有这种导入：%{kind}（可选 units、people、positions、users、questions）',
    en: 'no such import: %{kind} (units, people, positions, users, questions)',
  },
  NOT_MULTIPART: {
    code: 'BAD_USER_INPUT',
    status: 415,
    zh: '请以 multipart/form-data 上传，字段名 file',
    en: 'send multipart/form-data with a `file` field',
  },
  MISSING_FILE: { code: 'BAD_USER_INPUT', zh: '请在字段 file 中附上文件', en: 'attach the file in the `file` field' },
  EMPTY_FILE: { code: 'BAD_USER_INPUT', zh: '文件为空', en: 'the file is empty' },
  MALFORMED_UPLOAD: {
    code: 'BAD_USER_INPUT',
    zh: '上传数据不完整或格式错误',
    en: 'the upload was incomplete or malformed',
  },
  TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    status: 413,
    zh: '文件超过 %{mb} MB 上限',
    en: 'the file is larger than %{mb} MB',
  },
  NOT_A_SPREADSHEET: {
    code: 'BAD_USER_INPUT',
    status: 415,
    zh: '不是可导入的表格：请上传 Excel（.xlsx）或 CSV（UTF-8 或 GBK）文件',
    en: 'not a spreadsheet: upload an .xlsx workbook or a CSV file (UTF-8 or GBK)',
  },
  UNZIPPED_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    status: 413,
    zh: '文件解压后超过 %{mb} MB 上限（可能是压缩炸弹）',
    en: 'the workbook unzips to more than %{mb} MB (a zip bomb?)',
  },
  TOO_MANY_ROWS: {
    code: 'BAD_USER_INPUT',
    status: 413,
    zh: '数据行超过 %{max} 行上限，请分批导入',
    en: 'more than %{max} data rows: split the file',
  },
  SHEET_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '找不到工作表“%{sheet}”（或其表头）：请使用下载的模板',
    en: 'no sheet "%{sheet}" with its headings: use the downloaded template',
  },
  HEADING_MISSING: {
    code: 'BAD_USER_INPUT',
    zh: '缺少必填列“%{heading}”',
    en: 'the required column "%{heading}" is missing',
  },
  HEADING_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    zh: '无法识别的列“%{heading}”',
    en: 'the column "%{heading}" is not one of the template\'s',
  },
  HEADING_DUPLICATE: {
    code: 'BAD_USER_INPUT',
    zh: '列“%{heading}”出现了两次',
    en: 'the column "%{heading}" appears twice',
  },
  MERGED_CELLS: {
    code: 'BAD_USER_INPUT',
    zh: '不支持合并单元格（%{range}）：请取消合并并在每行填写完整',
    en: 'merged cells (%{range}) are not supported: unmerge them and fill in every row',
  },
  FORMULA_WITHOUT_VALUE: {
    code: 'BAD_USER_INPUT',
    zh: '公式单元格没有已计算的值（系统不执行公式）：请复制后“粘贴为数值”',
    en: 'a formula without a cached value (formulas are never evaluated): paste the values instead',
  },
  CELL_ERROR: { code: 'BAD_USER_INPUT', zh: '单元格是错误值 %{value}', en: 'the cell holds the error %{value}' },
  MIXED_ENCODING: {
    code: 'BAD_USER_INPUT',
    zh: '该行的文字编码与文件其他行不同（混用了 UTF-8 与 GBK）：请整个文件另存为同一种编码',
    en: 'this line is in another text encoding than the rest of the file (UTF-8 and GBK mixed)',
  },
  CSV_MALFORMED: {
    code: 'BAD_USER_INPUT',
    zh: 'CSV 格式错误（引号不成对或字段过长）',
    en: 'malformed CSV (an unclosed quote or an overlong field)',
  },
  REQUIRED: { code: 'BAD_USER_INPUT', zh: '“%{column}”不能为空', en: '"%{column}" is required' },
  TOO_LONG: {
    code: 'BAD_USER_INPUT',
    zh: '“%{column}”不能超过 %{max} 个字符',
    en: '"%{column}" is longer than %{max} characters',
  },
  NOT_AN_OPTION: {
    code: 'BAD_USER_INPUT',
    zh: '“%{column}”的值“%{value}”不在下拉选项中',
    en: '"%{column}": "%{value}" is not one of the options',
  },
  NOT_A_DATE: {
    code: 'BAD_USER_INPUT',
    zh: '“%{column}”不是有效日期（应为日期单元格或 YYYY-MM-DD）',
    en: '"%{column}" is not a date (a date cell or YYYY-MM-DD)',
  },
  NOT_AN_INTEGER: { code: 'BAD_USER_INPUT', zh: '“%{column}”应为整数', en: '"%{column}" must be a whole number' },
  BAD_TEXT: {
    code: 'BAD_USER_INPUT',
    zh: '“%{column}”含有无法保存的字符',
    en: '"%{column}" contains characters that cannot be stored',
  },
  DUPLICATE_ROW: {
    code: 'BAD_USER_INPUT',
    zh: '与第 %{row} 行是同一条记录（%{key}）',
    en: 'the same record as row %{row} (%{key})',
  },
  UNIT_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '单位编码“%{code}”不存在，或不在您的范围内',
    en: 'no unit with the code "%{code}" in your scope',
  },
  CODE_TAKEN: {
    code: 'BAD_USER_INPUT',
    zh: '单位编码“%{code}”已被您范围以外的单位使用',
    en: 'the unit code "%{code}" is taken by a unit outside your scope',
  },
  OUT_OF_SCOPE: {
    code: 'BAD_USER_INPUT',
    zh: '您无权导入这一行：不在您可维护的范围内',
    en: 'this row is not yours to import: outside what you may edit',
  },
  PARENT_CHANGE: {
    code: 'BAD_USER_INPUT',
    zh: '导入不更换上级单位（现为“%{parent}”）：请在单位页面中移动',
    en: 'an import does not move units (the parent is now "%{parent}"): move it on the unit page',
  },
  PERSON_KEY_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请填写手机号或人员编号，用于识别同一人员',
    en: 'give a phone number or a person code, which identify the person',
  },
  PERSON_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '找不到该人员（%{key}）：请先导入人员',
    en: 'no such person (%{key}): import the people first',
  },
  PLACE_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '找不到任职的%{place}“%{code}”，或不在您的范围内',
    en: 'no %{place} "%{code}" in your scope to hold the position in',
  },
  PLACE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '“%{role}”应填写%{place}',
    en: '"%{role}" is held in a %{place}: fill it in',
  },
  MORE_PROBLEMS: {
    code: 'BAD_USER_INPUT',
    zh: '另有 %{count} 处问题未列出：请先改正以上问题',
    en: '%{count} more problems not listed: correct the ones above first',
  },
  PERSON_KEY_TAKEN: {
    code: 'BAD_USER_INPUT',
    zh: '该单位已有人员（%{name}）使用此%{what}',
    en: 'another person of the unit (%{name}) has this %{what}',
  },
  QUESTION_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '题库中没有系统编号为 %{id} 的试题，或不在您的范围内',
    en: 'no question with the system id %{id} in your bank',
  },
  STAR_NOT_FOUND: {
    code: 'BAD_USER_INPUT',
    zh: '没有“%{value}”这颗星：请从下拉列表选择',
    en: 'no star "%{value}": pick one from the list',
  },
  BAD_LETTERS: {
    code: 'BAD_USER_INPUT',
    zh: '“%{column}”应填选项字母（如 A 或 ACD），判断题填“正确”或“错误”',
    en: '"%{column}" takes option letters (A, or ACD), or true / false for a true-or-false question',
  },
  OVERLAP: {
    code: 'BAD_USER_INPUT',
    zh: '与%{name}自 %{startDate} 起的任职时间重叠（该职务同一时间只能一人担任）',
    en: 'overlaps the term of %{name} from %{startDate} (one holder at a time)',
  },
});

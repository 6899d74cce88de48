/** Reasons of the backup and restore commands (server/src/db/backup.ts). */
import { defineReasons } from '../common/reasons';

export const BackupReasons = defineReasons('BACKUP', {
  TOOLS_MISSING: {
    code: 'INTERNAL_SERVER_ERROR',
    zh: '找不到 PostgreSQL %{major} 的 pg_dump/pg_restore（已查找 %{searched}）；Debian/Ubuntu 上请安装：apt-get install postgresql-client-%{major}',
    en: 'pg_dump/pg_restore of PostgreSQL %{major} not found (looked in %{searched}); on Debian/Ubuntu: apt-get install postgresql-client-%{major}',
  },
  TOOL_FAILED: {
    code: 'INTERNAL_SERVER_ERROR',
    zh: '%{tool} 失败：%{detail}',
    en: '%{tool} failed: %{detail}',
  },
  NOT_A_BACKUP: {
    code: 'BAD_USER_INPUT',
    zh: '%{file} 不是本平台的备份文件',
    en: '%{file} is not a backup of this platform',
  },
  FILE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    zh: '请指定要恢复的备份文件：npm run db:restore -- 文件',
    en: 'name the backup to restore: npm run db:restore -- FILE',
  },
  TARGET_NOT_EMPTY: {
    code: 'CONFLICT',
    zh: '目标%{what}已有数据；确认要用备份替换时加 --force',
    en: 'the target %{what} holds data already; add --force to replace it with the backup',
  },
  SERVER_RUNNING: {
    code: 'CONFLICT',
    zh: '平台正在运行（进程 %{pid}）：恢复前请先停止它',
    en: 'the platform is running (pid %{pid}): stop it before restoring',
  },
});

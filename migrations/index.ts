/** The ordered list of migrations. `npm run db:migration:create` appends to it. */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127212010_initial } from './Migration20261127212010_initial';
import { Migration20261127215611_audit_trail } from './Migration20261127215611_audit_trail';
import { Migration20261127220059_api_tokens_rate_limits } from './Migration20261127220059_api_tokens_rate_limits';
import { Migration20261127220527_idempotency_keys } from './Migration20261127220527_idempotency_keys';
import { Migration20261128001320_plans } from './Migration20261128001320_plans';
import { Migration20261128001418_star_rating } from './Migration20261128001418_star_rating';
import { Migration20261128001428_evidence_files } from './Migration20261128001428_evidence_files';
import { Migration20261128001557_supervision } from './Migration20261128001557_supervision';
import { Migration20261128001947_cadence } from './Migration20261128001947_cadence';
import { Migration20261128002607_stats } from './Migration20261128002607_stats';
import { Migration20261128100000_auth_notify } from './Migration20261128100000_auth_notify';
import { Migration20261128110000_stats_storage } from './Migration20261128110000_stats_storage';
import { Migration20261128120000_stats_small_batches } from './Migration20261128120000_stats_small_batches';
import { Migration20261128130000_stats_district } from './Migration20261128130000_stats_district';
import { Migration20261203112900_finding_corrections } from './Migration20261203112900_finding_corrections';
import { Migration20261203113000_stats_quarter_findings_late } from './Migration20261203113000_stats_quarter_findings_late';
import { Migration20261203113334_accounts } from './Migration20261203113334_accounts';
import { Migration20261203113822_appraisal_missing_rule } from './Migration20261203113822_appraisal_missing_rule';
import { Migration20261203115425_imports } from './Migration20261203115425_imports';
import { Migration20261203133644_import_users } from './Migration20261203133644_import_users';
import { Migration20261203144000_stats_module_figures } from './Migration20261203144000_stats_module_figures';
import { Migration20261203180000_residents } from './Migration20261203180000_residents';
import { Migration20261203180100_residents_figures } from './Migration20261203180100_residents_figures';
import { Migration20261203170000_meetings_publicity } from './Migration20261203170000_meetings_publicity';
import { Migration20261203171000_meetings_figures } from './Migration20261203171000_meetings_figures';
import { Migration20261203160000_training } from './Migration20261203160000_training';
import { Migration20261203160100_training_figures } from './Migration20261203160100_training_figures';
import { Migration20261203160200_appraisal_training_weight } from './Migration20261203160200_appraisal_training_weight';
import { Migration20261203150000_events } from './Migration20261203150000_events';
import { Migration20261203200000_inbox } from './Migration20261203200000_inbox';
import { Migration20261203200100_inbox_kinds } from './Migration20261203200100_inbox_kinds';
import { Migration20261203200200_inbox_plan_indexes } from './Migration20261203200200_inbox_plan_indexes';
import { Migration20261203210000_import_questions } from './Migration20261203210000_import_questions';
import { Migration20261203220000_event_horizon } from './Migration20261203220000_event_horizon';
import { Migration20261204200000_audit_chains } from './Migration20261204200000_audit_chains';
import { Migration20261207170000_stats_touch_at_commit } from './Migration20261207170000_stats_touch_at_commit';
import { Migration20261208020000_catalog_notify } from './Migration20261208020000_catalog_notify';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127212010_initial', class: Migration20261127212010_initial },
  { name: 'Migration20261127215611_audit_trail', class: Migration20261127215611_audit_trail },
  { name: 'Migration20261127220059_api_tokens_rate_limits', class: Migration20261127220059_api_tokens_rate_limits },
  { name: 'Migration20261127220527_idempotency_keys', class: Migration20261127220527_idempotency_keys },
  { name: 'Migration20261128001320_plans', class: Migration20261128001320_plans },
  { name: 'Migration20261128001418_star_rating', class: Migration20261128001418_star_rating },
  { name: 'Migration20261128001428_evidence_files', class: Migration20261128001428_evidence_files },
  { name: 'Migration20261128001557_supervision', class: Migration20261128001557_supervision },
  { name: 'Migration20261128001947_cadence', class: Migration20261128001947_cadence },
  { name: 'Migration20261128002607_stats', class: Migration20261128002607_stats },
  { name: 'Migration20261128100000_auth_notify', class: Migration20261128100000_auth_notify },
  { name: 'Migration20261128110000_stats_storage', class: Migration20261128110000_stats_storage },
  { name: 'Migration20261128120000_stats_small_batches', class: Migration20261128120000_stats_small_batches },
  { name: 'Migration20261128130000_stats_district', class: Migration20261128130000_stats_district },
  { name: 'Migration20261203112900_finding_corrections', class: Migration20261203112900_finding_corrections },
  {
    name: 'Migration20261203113000_stats_quarter_findings_late',
    class: Migration20261203113000_stats_quarter_findings_late,
  },
  { name: 'Migration20261203113334_accounts', class: Migration20261203113334_accounts },
  { name: 'Migration20261203113822_appraisal_missing_rule', class: Migration20261203113822_appraisal_missing_rule },
  { name: 'Migration20261203115425_imports', class: Migration20261203115425_imports },
  { name: 'Migration20261203133644_import_users', class: Migration20261203133644_import_users },
  { name: 'Migration20261203144000_stats_module_figures', class: Migration20261203144000_stats_module_figures },
  { name: 'Migration20261203180000_residents', class: Migration20261203180000_residents },
  { name: 'Migration20261203180100_residents_figures', class: Migration20261203180100_residents_figures },
  { name: 'Migration20261203170000_meetings_publicity', class: Migration20261203170000_meetings_publicity },
  { name: 'Migration20261203171000_meetings_figures', class: Migration20261203171000_meetings_figures },
  { name: 'Migration20261203160000_training', class: Migration20261203160000_training },
  { name: 'Migration20261203160100_training_figures', class: Migration20261203160100_training_figures },
  {
    name: 'Migration20261203160200_appraisal_training_weight',
    class: Migration20261203160200_appraisal_training_weight,
  },
  { name: 'Migration20261203150000_events', class: Migration20261203150000_events },
  { name: 'Migration20261203200000_inbox', class: Migration20261203200000_inbox },
  { name: 'Migration20261203200100_inbox_kinds', class: Migration20261203200100_inbox_kinds },
  { name: 'Migration20261203200200_inbox_plan_indexes', class: Migration20261203200200_inbox_plan_indexes },
  { name: 'Migration20261203210000_import_questions', class: Migration20261203210000_import_questions },
  { name: 'Migration20261203220000_event_horizon', class: Migration20261203220000_event_horizon },
  { name: 'Migration20261204200000_audit_chains', class: Migration20261204200000_audit_chains },
  { name: 'Migration20261207170000_stats_touch_at_commit', class: Migration20261207170000_stats_touch_at_commit },
  { name: 'Migration20261208020000_catalog_notify', class: Migration20261208020000_catalog_notify },
];

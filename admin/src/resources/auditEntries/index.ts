import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { AuditEntryList } from './AuditEntryList';

/** 审计记录: the append-only, hash-chained trail (district admins only, see permissions.ts); read-only. */
export default {
  list: AuditEntryList,
  icon: ManageSearchIcon,
  recordRepresentation: (r: { id?: string; operation?: string }) => `#${r.id ?? ''} ${r.operation ?? ''}`.trim(),
};

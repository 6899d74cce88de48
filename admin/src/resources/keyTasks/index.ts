import AssignmentIcon from '@mui/icons-material/Assignment';
import { KeyTaskCreate } from './KeyTaskCreate';
import { KeyTaskEdit } from './KeyTaskEdit';
import { KeyTaskList } from './KeyTaskList';
import { KeyTaskShow } from './KeyTaskShow';

export default {
  list: KeyTaskList,
  show: KeyTaskShow,
  edit: KeyTaskEdit,
  create: KeyTaskCreate,
  icon: AssignmentIcon,
  recordRepresentation: (r: { code?: string; title?: string }) => [r.code, r.title].filter(Boolean).join(' '),
};

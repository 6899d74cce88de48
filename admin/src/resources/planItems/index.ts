import ChecklistIcon from '@mui/icons-material/Checklist';
import { PlanItemCreate } from './PlanItemCreate';
import { PlanItemEdit } from './PlanItemEdit';
import { PlanItemList } from './PlanItemList';
import { PlanItemShow } from './PlanItemShow';

export default {
  list: PlanItemList,
  show: PlanItemShow,
  create: PlanItemCreate,
  edit: PlanItemEdit,
  icon: ChecklistIcon,
  recordRepresentation: 'title',
};

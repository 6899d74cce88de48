import EventNoteIcon from '@mui/icons-material/EventNote';
import { PlanCreate } from './PlanCreate';
import { PlanEdit } from './PlanEdit';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export default {
  list: PlanList,
  show: PlanShow,
  create: PlanCreate,
  edit: PlanEdit,
  icon: EventNoteIcon,
  recordRepresentation: 'title',
};

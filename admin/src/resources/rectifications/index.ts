import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { RectificationList } from './RectificationList';
import { RectificationShow } from './RectificationShow';

export default {
  list: RectificationList,
  show: RectificationShow,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (r: { finding?: { description: string } }) => r.finding?.description ?? '',
};

import AssignmentIcon from '@mui/icons-material/Assignment';
import { TestSessionCreate, TestSessionList, TestSessionShow } from './TestSession';

export default {
  list: TestSessionList,
  show: TestSessionShow,
  create: TestSessionCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};

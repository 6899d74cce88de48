import SchoolIcon from '@mui/icons-material/School';
import { TrainingSessionCreate, TrainingSessionList, TrainingSessionShow } from './TrainingSession';

export default {
  list: TrainingSessionList,
  show: TrainingSessionShow,
  create: TrainingSessionCreate,
  icon: SchoolIcon,
  recordRepresentation: 'title',
};

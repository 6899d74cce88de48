import GradingIcon from '@mui/icons-material/Grading';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: GradingIcon,
  recordRepresentation: (r: { id: string }) => `#${r.id}`,
};

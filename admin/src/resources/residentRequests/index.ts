import MarkunreadMailboxIcon from '@mui/icons-material/MarkunreadMailbox';
import { ResidentRequestCreate } from './ResidentRequestCreate';
import { ResidentRequestList } from './ResidentRequestList';
import { ResidentRequestShow } from './ResidentRequestShow';

export default {
  list: ResidentRequestList,
  show: ResidentRequestShow,
  create: ResidentRequestCreate,
  icon: MarkunreadMailboxIcon,
  recordRepresentation: 'title',
};

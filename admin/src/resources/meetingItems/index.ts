import ChecklistIcon from '@mui/icons-material/Checklist';
import { MeetingItemList } from './MeetingItemList';

export default {
  list: MeetingItemList,
  icon: ChecklistIcon,
  recordRepresentation: 'content',
};

import EventNoteIcon from '@mui/icons-material/EventNote';
import { DailyReportCreate } from './DailyReportCreate';
import { DailyReportList } from './DailyReportList';
import { DailyReportShow } from './DailyReportShow';

export default {
  list: DailyReportList,
  show: DailyReportShow,
  create: DailyReportCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'reportDate',
};

import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { FindingList } from './FindingList';
import { FindingShow } from './FindingShow';

export default {
  list: FindingList,
  show: FindingShow,
  icon: ReportProblemIcon,
  recordRepresentation: (r: { description?: string }) => r.description ?? '',
};

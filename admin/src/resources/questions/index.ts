import QuizIcon from '@mui/icons-material/Quiz';
import { QuestionCreate, QuestionEdit, QuestionList, QuestionShow } from './Question';

export default {
  list: QuestionList,
  show: QuestionShow,
  create: QuestionCreate,
  edit: QuestionEdit,
  icon: QuizIcon,
  recordRepresentation: 'stem',
};

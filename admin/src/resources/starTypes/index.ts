import StarIcon from '@mui/icons-material/Star';
import { StarTypeCreate } from './StarTypeCreate';
import { StarTypeEdit } from './StarTypeEdit';
import { StarTypeList } from './StarTypeList';
import { StarTypeShow } from './StarTypeShow';

export default {
  list: StarTypeList,
  show: StarTypeShow,
  edit: StarTypeEdit,
  create: StarTypeCreate,
  icon: StarIcon,
  recordRepresentation: 'nameZh',
};

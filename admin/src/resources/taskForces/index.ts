import GroupsIcon from '@mui/icons-material/Groups';
import { TaskForceCreate } from './TaskForceCreate';
import { TaskForceEdit } from './TaskForceEdit';
import { TaskForceList } from './TaskForceList';
import { TaskForceShow } from './TaskForceShow';

export default {
  list: TaskForceList,
  show: TaskForceShow,
  edit: TaskForceEdit,
  create: TaskForceCreate,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};

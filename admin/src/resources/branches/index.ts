import StorefrontIcon from '@mui/icons-material/Storefront';
import { BranchCreate } from './BranchCreate';
import { BranchEdit } from './BranchEdit';
import { BranchList } from './BranchList';
import { BranchShow } from './BranchShow';

export default {
  list: BranchList,
  show: BranchShow,
  edit: BranchEdit,
  create: BranchCreate,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
};

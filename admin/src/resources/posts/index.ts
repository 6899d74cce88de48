import CampaignIcon from '@mui/icons-material/Campaign';
import { Create, Edit } from 'react-admin';
import { createElement } from 'react';
import { PostForm } from './PostForm';
import { PostList } from './PostList';
import { PostShow } from './PostShow';

const PostCreate = () => createElement(Create, { redirect: 'show' }, createElement(PostForm, { create: true }));
const PostEdit = () =>
  createElement(Edit, { redirect: 'show', mutationMode: 'pessimistic' }, createElement(PostForm, {}));

export default {
  list: PostList,
  show: PostShow,
  create: PostCreate,
  edit: PostEdit,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};

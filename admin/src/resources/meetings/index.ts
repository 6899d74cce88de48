import ForumIcon from '@mui/icons-material/Forum';
import { createElement } from 'react';
import { Create, Edit } from 'react-admin';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

const MeetingCreate = () => createElement(Create, { redirect: 'show' }, createElement(MeetingForm, { create: true }));
const MeetingEdit = () =>
  createElement(Edit, { redirect: 'show', mutationMode: 'pessimistic' }, createElement(MeetingForm, {}));

export default {
  list: MeetingList,
  show: MeetingShow,
  create: MeetingCreate,
  edit: MeetingEdit,
  icon: ForumIcon,
  recordRepresentation: 'theme',
};

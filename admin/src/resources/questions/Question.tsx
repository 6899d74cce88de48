import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  ArrayInput,
  Button,
  Create,
  CreateButton,
  FilterButton,
  TopToolbar,
  useListContext,
  DataTable,
  Edit,
  List,
  NumberInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ExcelExportButton } from '../../imports/ExcelExportButton';
import { UnitInput } from '../../shared/inputs';
import { ResponsiveList } from '../../shared/layout';
import { FULL_RECORD } from '../../shared/fullRecord';

const KINDS = ['SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL'].map((id) => ({
  id,
  name: `training.kind_${id}`,
}));
/** A question's kind by its label (单选题 …), never the enum value. */
function KindField(_props: { label?: string }) {
  const record = useRecordContext<{ kind?: string }>();
  const translate = useTranslate();
  return <span>{record?.kind ? translate(`training.kind_${record.kind}`) : '—'}</span>;
}
const KindText = ({ kind, difficulty }: { kind: string; difficulty: number }) => {
  const translate = useTranslate();
  return (
    <>
      {translate(`training.kind_${kind}`)} · {difficulty}
    </>
  );
};
const lines = (v: string) =>
  (v ?? '')
    .split(/\n/)
    .map((s) => s.trim())
    .filter(Boolean);
const joinLines = (v: string[] | string | undefined) => (Array.isArray(v) ? v.join('\n') : (v ?? ''));

/** The bank's own actions: 下载 Excel of what the filters show (re-imports unchanged), and 导入 (数据导入, this kind). */
function QuestionActions() {
  const { filterValues } = useListContext();
  const navigate = useNavigate();
  const filter = Object.fromEntries(
    ['search', 'kind', 'difficulty']
      .filter((k) => filterValues?.[k] != null && filterValues[k] !== '')
      .map((k) => [k, String(filterValues[k])]),
  );
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExcelExportButton kind="questions" whole filter={filter} />
      <Button label="imports.import_here" onClick={() => navigate('/imports?kind=questions')}>
        <UploadFileIcon />
      </Button>
    </TopToolbar>
  );
}

export const QuestionList = () => (
  <List
    perPage={25}
    actions={<QuestionActions />}
    filters={[
      <TextInput key="s" source="search" alwaysOn />,
      <SelectInput key="k" source="kind" choices={KINDS} />,
      <NumberInput key="d" source="difficulty" min={1} max={3} />,
    ]}
  >
    <ResponsiveList
      table={
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="stem" disableSort />
          <DataTable.Col source="kind" field={KindField} />
          <DataTable.Col source="starCode" disableSort />
          <DataTable.Col source="difficulty" />
          <DataTable.Col source="currentVersion" disableSort />
        </DataTable>
      }
      small={
        <SimpleList
          primaryText={(r) => r.stem}
          secondaryText={(r) => <KindText kind={r.kind} difficulty={r.difficulty} />}
          rowClick="show"
        />
      }
    />
  </List>
);

export const QuestionShow = () => (
  <Show queryOptions={FULL_RECORD}>
    <SimpleShowLayout>
      <TextField source="stem" />
      <KindField label="resources.questions.fields.kind" />
      <TextField source="options" />
      <TextField source="answer" />
      <TextField source="starCode" emptyText="—" />
      <TextField source="difficulty" />
      <TextField source="currentVersion" />
    </SimpleShowLayout>
  </Show>
);

const Fields = ({ create }: { create?: boolean }) => (
  <>
    {create && <UnitInput source="unitId" validate={required()} fullWidth />}
    <SelectInput source="kind" choices={KINDS} validate={create ? required() : undefined} />
    <TextInput source="stem" multiline fullWidth validate={create ? required() : undefined} />
    <TextInput
      source="options"
      multiline
      fullWidth
      parse={lines}
      format={joinLines}
      helperText="training.options_help"
    />
    <ArrayInput source="answer" validate={create ? required() : undefined}>
      <SimpleFormIterator inline>
        <TextInput source="" label="resources.questions.fields.answer" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <TextInput source="starCode" />
    <NumberInput source="difficulty" min={1} max={3} validate={create ? required() : undefined} />
  </>
);

export const QuestionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <Fields create />
    </SimpleForm>
  </Create>
);

export const QuestionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Fields />
    </SimpleForm>
  </Edit>
);

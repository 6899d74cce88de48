import { NoRecords } from '../../shared/NoRecords';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  DataTable,
  EditButton,
  Link,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ChainExplorer, type ChainSelection } from '../../chain/ChainExplorer';
import { BranchProfileTab, BranchStarsTab } from '../../stars/BranchStarsTab';
import { shanghaiToday } from '../../shared/dates';
import { EnumField } from '../../shared/enums';
import { DayField, RefLinkField, SampleField, StarNameField, TimestampField } from '../../shared/fields';
import { FULL_RECORD } from '../../shared/fullRecord';

function BranchChainTab() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [sel, setSel] = useState<ChainSelection>({});
  if (!record) return null;
  const search = new URLSearchParams({
    branch: String(record.id),
    ...(sel.starCode ? { star: sel.starCode } : {}),
    ...(sel.date ? { at: sel.date } : {}),
  });
  return (
    <Box>
      <Button component={Link} to={`/chain?${search.toString()}`} label={translate('chain.open_page')} sx={{ mb: 1 }}>
        <OpenInNewIcon />
      </Button>
      <ChainExplorer branchId={String(record.id)} starCode={sel.starCode} date={sel.date} onChange={setSel} />
    </Box>
  );
}

function CommitteeTab() {
  const record = useRecordContext<{ id: string }>();
  return (
    <>
      <TopToolbar>
        <CreateButton
          resource="positions"
          label="branches.add_member"
          state={{ record: { unitId: record?.id, role: 'BRANCH_MEMBER' } }}
        />
      </TopToolbar>
      <ReferenceManyField
        reference="positions"
        target="unitId"
        filter={{ activeOn: shanghaiToday() }}
        sort={{ field: 'role', order: 'ASC' }}
        perPage={25}
        label={false}
      >
        <DataTable empty={<NoRecords />} rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="person" label="resources.positions.fields.person">
            <RefLinkField source="person" reference="people" />
          </DataTable.Col>
          <DataTable.Col source="role" label="resources.positions.fields.role">
            <EnumField source="role" enumName="PositionRole" />
          </DataTable.Col>
          <DataTable.Col source="title" label="resources.positions.fields.title" />
          <DataTable.Col source="startDate" label="resources.positions.fields.startDate">
            <DayField source="startDate" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

function OwnersTab() {
  const record = useRecordContext<{ id: string }>();
  return (
    <>
      <TopToolbar>
        <CreateButton resource="starOwners" label="branches.add_owner" state={{ record: { branchId: record?.id } }} />
      </TopToolbar>
      <ReferenceManyField
        reference="starOwners"
        target="branchId"
        filter={{ activeOn: shanghaiToday() }}
        sort={{ field: 'starCode', order: 'ASC' }}
        perPage={25}
        label={false}
      >
        <DataTable empty={<NoRecords />} bulkActionButtons={false}>
          <DataTable.Col source="starType" label="resources.starOwners.fields.starType">
            <StarNameField />
          </DataTable.Col>
          <DataTable.Col source="person" label="resources.starOwners.fields.person">
            <RefLinkField source="person" reference="people" />
          </DataTable.Col>
          <DataTable.Col source="startDate" label="resources.starOwners.fields.startDate">
            <DayField source="startDate" />
          </DataTable.Col>
          <DataTable.Col source="endDate" label="resources.starOwners.fields.endDate">
            <DayField source="endDate" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

function ContactsTab() {
  return (
    <ReferenceManyField
      reference="contactPoints"
      target="unitId"
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      label={false}
    >
      <DataTable empty={<NoRecords />} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="leader" label="resources.contactPoints.fields.leader">
          <RefLinkField source="leader" reference="people" />
        </DataTable.Col>
        <DataTable.Col source="startDate" label="resources.contactPoints.fields.startDate">
          <DayField source="startDate" />
        </DataTable.Col>
        <DataTable.Col source="endDate" label="resources.contactPoints.fields.endDate">
          <DayField source="endDate" />
        </DataTable.Col>
        <DataTable.Col source="note" label="resources.contactPoints.fields.note" />
      </DataTable>
    </ReferenceManyField>
  );
}

/** 创建动态 of the branch, newest first (a branch's posts on its profile page). */
function PostsTab() {
  return (
    <ReferenceManyField
      reference="posts"
      target="unitId"
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      label={false}
    >
      <DataTable empty={<NoRecords />} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" label="resources.posts.fields.title" />
        <DataTable.Col source="status" label="resources.posts.fields.status">
          <EnumField source="status" enumName="PostStatus" />
        </DataTable.Col>
        <DataTable.Col source="publishedAt" label="resources.posts.fields.publishedAt">
          <TimestampField source="publishedAt" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

function BranchShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

export function BranchShow() {
  const translate = useTranslate();
  return (
    <Show queryOptions={FULL_RECORD} actions={<BranchShowActions />}>
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
        <TabbedShowLayout.Tab label={translate('branches.tab_summary')}>
          <TextField source="name" />
          <TextField source="code" emptyText="—" />
          <EnumField source="category" enumName="BranchCategory" />
          <EnumField source="branchKind" enumName="BranchKind" />
          <RefLinkField source="township" reference="units" />
          <RefLinkField source="district" reference="units" />
          <SampleField source="isSample" />
          <NumberField source="sortOrder" />
          <TimestampField source="createdAt" />
          <TimestampField source="updatedAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('branches.tab_chain')} path="chain">
          <BranchChainTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('branches.tab_committee')} path="committee">
          <CommitteeTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('branches.tab_owners')} path="owners">
          <OwnersTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('branches.tab_contacts')} path="contacts">
          <ContactsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('stars.tab_stars')} path="stars">
          <BranchStarsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('stars.tab_profile')} path="profile">
          <BranchProfileTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('posts.branch_posts')} path="posts">
          <PostsTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { ChainPage } from './chain/ChainPage';
import { Home } from './home/Home';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import branches from './resources/branches';
import contactPoints from './resources/contactPoints';
import departments from './resources/departments';
import keyTasks from './resources/keyTasks';
import people from './resources/people';
import positions from './resources/positions';
import starOwners from './resources/starOwners';
import starTypes from './resources/starTypes';
import taskForces from './resources/taskForces';
import units from './resources/units';
import { theme } from './theme';
// stars
import plans from './resources/plans';
import planItems from './resources/planItems';
import starApplications from './resources/starApplications';
import { BattleMapPage } from './stars/BattleMapPage';
// supervision
import dailyReports from './resources/dailyReports';
import monthlyObservations from './resources/monthlyObservations';
import questions from './resources/questions';
import testSessions from './resources/testSessions';
import trainingSessions from './resources/trainingSessions';
import { MyTestsPage } from './training/MyTestsPage';
import rectifications from './resources/rectifications';
import spotChecks from './resources/spotChecks';
import findings from './resources/findings';
import supervisionTeams from './resources/supervisionTeams';
import { RankingPage } from './supervision/RankingPage';
import { WarningsPage } from './inbox/WarningsPage';
import { ImportsPage } from './imports/ImportsPage';
// residents
import { ResidentRatesPage } from './residents/ResidentRatesPage';
import residentRequests from './resources/residentRequests';
import residentMeetings from './resources/residentMeetings';
import communityMembers from './resources/communityMembers';
import communityActivities from './resources/communityActivities';
import { WebhooksPage } from './webhooks/WebhooksPage';
// system (district admins)
import apiTokens from './resources/apiTokens';
import auditEntries from './resources/auditEntries';
// accounts
import users from './resources/users';
import posts from './resources/posts';
import meetings from './resources/meetings';
import meetingItems from './resources/meetingItems';
import { MyAccountPage } from './account/MyAccountPage';
// offline on-site form
import { FieldCheckPage, FieldPage } from './offline/FieldPage';

/**
 * Hash routing (react-admin's default) under /admin: /admin/#/branches. No telemetry and no
 * remote requests of any kind: the console works on an isolated network.
 */
export function App() {
  return (
    <Admin
      title="五星支部创建监督平台"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Home}
      layout={Layout}
      loginPage={LoginPage}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="units" {...units} />
      <Resource name="branches" {...branches} />
      <Resource name="people" {...people} />
      <Resource name="positions" {...positions} />
      <Resource name="starOwners" {...starOwners} />
      <Resource name="contactPoints" {...contactPoints} />
      <Resource name="departments" {...departments} />
      <Resource name="taskForces" {...taskForces} />
      <Resource name="starTypes" {...starTypes} />
      <Resource name="keyTasks" {...keyTasks} />
      {/* stars */}
      <Resource name="plans" {...plans} />
      <Resource name="planItems" {...planItems} />
      <Resource name="starApplications" {...starApplications} />
      {/* supervision */}
      <Resource name="supervisionTeams" {...supervisionTeams} />
      <Resource name="spotChecks" {...spotChecks} />
      <Resource name="findings" {...findings} />
      <Resource name="rectifications" {...rectifications} />
      <Resource name="dailyReports" {...dailyReports} />
      <Resource name="monthlyObservations" {...monthlyObservations} />
      {/* residents */}
      <Resource name="residentRequests" {...residentRequests} />
      <Resource name="residentMeetings" {...residentMeetings} />
      <Resource name="communityMembers" {...communityMembers} />
      <Resource name="communityActivities" {...communityActivities} />
      {/* 创建动态 and 学讲评 */}
      <Resource name="posts" {...posts} />
      <Resource name="meetings" {...meetings} />
      <Resource name="meetingItems" {...meetingItems} />
      <Resource name="trainingSessions" {...trainingSessions} />
      <Resource name="questions" {...questions} />
      <Resource name="testSessions" {...testSessions} />
      {/* system (district admins) */}
      <Resource name="apiTokens" {...apiTokens} />
      <Resource name="auditEntries" {...auditEntries} />
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/ranking" element={<RankingPage />} />
        <Route path="/resident-rates" element={<ResidentRatesPage />} />
        <Route path="/imports" element={<ImportsPage />} />
        <Route path="/webhooks" element={<WebhooksPage />} />
        <Route path="/chain" element={<ChainPage />} />
        <Route path="/battle-map" element={<BattleMapPage />} />
        <Route path="/warnings" element={<WarningsPage />} />
        <Route path="/my-account" element={<MyAccountPage />} />
        <Route path="/my-tests" element={<MyTestsPage />} />
        <Route path="/field" element={<FieldPage />} />
        <Route path="/field/:id" element={<FieldCheckPage />} />
      </CustomRoutes>
    </Admin>
  );
}

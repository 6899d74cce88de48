/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountsE2EUsers {\n    users(perPage: 100) {\n      total\n      items {\n        username\n      }\n    }\n  }\n": typeof types.AccountsE2EUsersDocument,
    "\n          query ActionsOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ActionsOwnBranchDocument,
    "\n          query ActionsTeams {\n            supervisionTeams(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ActionsTeamsDocument,
    "\n          mutation ActionsPlan($i: PlanSpotCheckInput!) {\n            planSpotCheck(input: $i) {\n              id\n            }\n          }\n        ": typeof types.ActionsPlanDocument,
    "\n        mutation ActionsStart($id: ID!) {\n          startSpotCheck(id: $id, input: {}) {\n            id\n          }\n        }\n      ": typeof types.ActionsStartDocument,
    "\n          mutation ActionsRecord($id: ID!, $d: String!) {\n            recordFinding(spotCheckId: $id, input: { severity: MAJOR, description: $d }) {\n              id\n            }\n          }\n        ": typeof types.ActionsRecordDocument,
    "\n        mutation ActionsComplete($id: ID!) {\n          completeSpotCheck(id: $id, input: { summary: \"浏览器测试\", methodAttested: true }) {\n            id\n          }\n        }\n      ": typeof types.ActionsCompleteDocument,
    "\n          mutation ActionsAssign($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"更新宣传栏\", deadline: \"2027-12-31\" }\n            ) {\n              id\n            }\n          }\n        ": typeof types.ActionsAssignDocument,
    "\n          query ActionsBranchCategory {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": typeof types.ActionsBranchCategoryDocument,
    "\n          query ActionsStarTypes {\n            starTypes {\n              code\n            }\n          }\n        ": typeof types.ActionsStarTypesDocument,
    "\n            query ActionsKeyTasks($s: String, $c: BranchCategory) {\n              keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.ActionsKeyTasksDocument,
    "\n          mutation ActionsApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": typeof types.ActionsApplyDocument,
    "\n        mutation ActionsSubmit($id: ID!) {\n          submitRectification(id: $id, input: { note: \"已更新宣传栏\" }) {\n            id\n          }\n        }\n      ": typeof types.ActionsSubmitDocument,
    "\n        query ActionsRectification($id: ID!) {\n          rectification(id: $id) {\n            status\n            allowedActions\n          }\n        }\n      ": typeof types.ActionsRectificationDocument,
    "\n      query ActionsQueue {\n        starApplications(filter: { actionable: true }, perPage: 100) {\n          total\n          items {\n            id\n            status\n            allowedActions\n          }\n        }\n      }\n    ": typeof types.ActionsQueueDocument,
    "\n          query Branches {\n            branches(filter: { search: \"浏览器测试\" }) {\n              total\n            }\n          }\n        ": typeof types.BranchesDocument,
    "\n          query BranchesItems {\n            branches(filter: { search: \"建新南街社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.BranchesItemsDocument,
    "\n          query AccountabilityChain($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              links {\n                role\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.AccountabilityChainDocument,
    "\n            mutation Logout {\n              logout\n            }\n          ": typeof types.LogoutDocument,
    "\n  query CampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        threeStarShare\n        fourStar\n        fiveStar\n        levelDistribution {\n          level\n          branches\n        }\n        starHolders {\n          starName\n          branches\n        }\n        keyTasks {\n          total\n          completionRate\n          overdue\n        }\n        rectifications {\n          overdue\n          late\n        }\n        spotChecksThisQuarter\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          branches\n        }\n      }\n    }\n  }\n": typeof types.CampaignStatsDocument,
    "\n  query DashboardSupervisionE2e($w: ID) {\n    supervisionStats(withinId: $w) {\n      completed\n    }\n  }\n": typeof types.DashboardSupervisionE2eDocument,
    "\n          query Units {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.UnitsDocument,
    "\n          query Me {\n            me {\n              grants {\n                unitId\n              }\n            }\n          }\n        ": typeof types.MeDocument,
    "\n          query SupervisionTeams {\n            supervisionTeams {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.SupervisionTeamsDocument,
    "\n          query DashboardBranches($w: ID) {\n            branches(filter: { withinId: $w }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.DashboardBranchesDocument,
    "\n          mutation PlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-12-30\" }) {\n              id\n            }\n          }\n        ": typeof types.PlanSpotCheckDocument,
    "\n          query NewestFindings {\n            findings(sortField: \"recordedAt\", sortOrder: DESC, perPage: 1) {\n              total\n              items {\n                id\n                description\n                spotCheckId\n                spotCheck {\n                  status\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.NewestFindingsDocument,
    "\n  query E2eMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      theme\n      attendeeIds\n      speeches {\n        personId\n        topic\n      }\n      evaluations {\n        personId\n        selfEvaluation\n      }\n      items {\n        id\n        kind\n        content\n        status\n        closeNote\n        answers {\n          id\n        }\n      }\n    }\n  }\n": typeof types.E2eMeetingDocument,
    "\n  query E2eMeetingPeople($filter: PersonFilterInput) {\n    people(filter: $filter, perPage: 100) {\n      items {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.E2eMeetingPeopleDocument,
    "\n  query E2eMeetingUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.E2eMeetingUnitsDocument,
    "\n          query OfflineSetup {\n            supervisionTeams(perPage: 10) {\n              items {\n                id\n                name\n              }\n            }\n            branches(filter: { search: \"樱桃沟\" }) {\n              items {\n                id\n                name\n              }\n            }\n            keyTasks(perPage: 2) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.OfflineSetupDocument,
    "\n          mutation OfflinePlan($input: PlanSpotCheckInput!) {\n            planSpotCheck(input: $input) {\n              id\n            }\n          }\n        ": typeof types.OfflinePlanDocument,
    "\n          mutation OfflineOtherDeviceStarts($id: ID!) {\n            startSpotCheck(id: $id, input: { location: \"另一台设备\" }) {\n              id\n            }\n          }\n        ": typeof types.OfflineOtherDeviceStartsDocument,
    "\n  query E2ePostUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.E2ePostUnitsDocument,
    "\n  mutation E2ePostMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.E2ePostMeetingDocument,
    "\n  query E2ePostImages($id: ID!) {\n    post(id: $id) {\n      cover {\n        id\n      }\n      images {\n        id\n        name\n      }\n    }\n  }\n": typeof types.E2ePostImagesDocument,
    "\n          query StarApplication($id: ID!) {\n            starApplication(id: $id) {\n              branchId\n            }\n          }\n        ": typeof types.StarApplicationDocument,
    "\n          query StarsBranches {\n            branches(perPage: 3, sortField: \"name\") {\n              items {\n                id\n                name\n              }\n            }\n          }\n        ": typeof types.StarsBranchesDocument,
    "\n          query WeakBranchPairings($id: ID!) {\n            branch(id: $id) {\n              pairings {\n                id\n                note\n                endDate\n                strongBranch {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.WeakBranchPairingsDocument,
    "\n            query WeakBranchPairingEnds($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  endDate\n                }\n              }\n            }\n          ": typeof types.WeakBranchPairingEndsDocument,
    "\n          query StarsBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsBranchesItemsDocument,
    "\n          query PlanItems {\n            planItems(perPage: 1, sortField: \"deadline\") {\n              items {\n                id\n                deadline\n                plan {\n                  title\n                }\n                keyTask {\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.PlanItemsDocument,
    "\n          query PlanItem($id: ID!) {\n            planItem(id: $id) {\n              milestones {\n                title\n                dueDate\n                doneOn\n              }\n            }\n          }\n        ": typeof types.PlanItemDocument,
    "\n          query StarsBranchesItems2 {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": typeof types.StarsBranchesItems2Document,
    "\n          query KeyTasks($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 2, sortField: \"code\") {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.KeyTasksDocument,
    "\n          mutation ApplyForStar($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": typeof types.ApplyForStarDocument,
    "\n          query StarApplicationStatusSelfScoreItems($id: ID!) {\n            starApplication(id: $id) {\n              status\n              selfScore\n              items {\n                keyTaskId\n                met\n                score\n                note\n                evidence {\n                  name\n                }\n              }\n              transitions {\n                toStatus\n                comment\n              }\n            }\n          }\n        ": typeof types.StarApplicationStatusSelfScoreItemsDocument,
    "\n          query KeyTasksItems($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 1, sortField: \"code\") {\n              items {\n                id\n                code\n              }\n            }\n          }\n        ": typeof types.KeyTasksItemsDocument,
    "\n        mutation ApplyForStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            id\n          }\n        }\n      ": typeof types.ApplyForStarDocument,
    "\n            query StarApplicationsTotal {\n              starApplications {\n                total\n              }\n            }\n          ": typeof types.StarApplicationsTotalDocument,
    "\n        query SpotCheck($x: ID!) {\n          spotCheck(id: $x) {\n            id\n          }\n        }\n      ": typeof types.SpotCheckDocument,
    "\n        query SpotCheckStatusFindings($x: ID!) {\n          spotCheck(id: $x) {\n            status\n            findings {\n              description\n              evidence {\n                mimeType\n              }\n            }\n          }\n        }\n      ": typeof types.SpotCheckStatusFindingsDocument,
    "\n        query SpotCheckFindings($x: ID!) {\n          spotCheck(id: $x) {\n            findings {\n              rectification {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.SpotCheckFindingsDocument,
    "\n        query Rectification($x: ID!) {\n          rectification(id: $x) {\n            status\n            events {\n              action\n            }\n            evidence {\n              name\n            }\n          }\n        }\n      ": typeof types.RectificationDocument,
    "\n        query SupervisionTeamsItems {\n          supervisionTeams(perPage: 100) {\n            items {\n              name\n              members {\n                username\n              }\n            }\n          }\n        }\n      ": typeof types.SupervisionTeamsItemsDocument,
    "\n        query Units {\n          units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.UnitsDocument,
    "\n        query AppraisalWeights($d: ID!) {\n          appraisalWeights(districtId: $d) {\n            tour\n            planCompletion\n          }\n        }\n      ": typeof types.AppraisalWeightsDocument,
    "\n  mutation CreateApiToken($n: String!, $u: ID!) {\n    createApiToken(input: { name: $n, unitId: $u }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n        query BranchesTotal {\n          branches(perPage: 1) {\n            total\n          }\n        }\n      ": typeof types.BranchesTotalDocument,
    "\n          query UnitsItems {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟景区\" }) {\n              items {\n                id\n                name\n              }\n            }\n          }\n        ": typeof types.UnitsItemsDocument,
    "\n          query SystemBranches($u: ID!) {\n            branches(filter: { withinId: $u }) {\n              total\n            }\n          }\n        ": typeof types.SystemBranchesDocument,
    "\n          query SystemUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.SystemUnitsDocument,
    "\n          query AuditEntries($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              items {\n                id\n                at\n              }\n            }\n          }\n        ": typeof types.AuditEntriesDocument,
    "\n          query ApiTokens {\n            apiTokens(perPage: 100) {\n              items {\n                id\n                expiresAt\n              }\n            }\n          }\n        ": typeof types.ApiTokensDocument,
    "\n          query AuditEntriesTotal($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              total\n            }\n          }\n        ": typeof types.AuditEntriesTotalDocument,
    "\n          query VerifyAuditChain {\n            verifyAuditChain {\n              valid\n              checked\n              firstInvalidId\n            }\n          }\n        ": typeof types.VerifyAuditChainDocument,
    "\n              query ApiTokensTotal {\n                apiTokens {\n                  total\n                }\n              }\n            ": typeof types.ApiTokensTotalDocument,
    "\n              query SystemAuditEntries {\n                auditEntries {\n                  total\n                }\n              }\n            ": typeof types.SystemAuditEntriesDocument,
    "\n          mutation LogIn($u: String!, $p: String!) {\n            login(username: $u, password: $p) {\n              token\n            }\n          }\n        ": typeof types.LogInDocument,
    "\n  mutation LogInAs($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n    }\n  }\n": typeof types.LogInAsDocument,
    "\n    query TwoProcessesBranches {\n      branches(perPage: 25, page: 3, sortField: \"name\") {\n        total\n        items {\n          id\n          name\n          township {\n            name\n          }\n        }\n      }\n    }\n  ": typeof types.TwoProcessesBranchesDocument,
    "\n    query TwoProcessesUnits {\n      units(filter: { level: TOWNSHIP }, perPage: 100) {\n        total\n        items {\n          id\n          name\n          childCount\n        }\n      }\n    }\n  ": typeof types.TwoProcessesUnitsDocument,
    "\n    query TwoProcessesPeople {\n      people(perPage: 50, filter: { search: \"王\" }) {\n        total\n        items {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.TwoProcessesPeopleDocument,
    "\n    query StarTypesAndKeyTasks {\n      starTypes {\n        code\n        nameZh\n        categories\n      }\n      keyTasks(perPage: 100) {\n        total\n        items {\n          id\n        }\n      }\n    }\n  ": typeof types.StarTypesAndKeyTasksDocument,
    "\n      mutation TwoProcessesWrite {\n        changePassword(currentPassword: \"not-the-password\", newPassword: \"Zwei-Prozesse-2027\") {\n          mustChangePassword\n        }\n      }\n    ": typeof types.TwoProcessesWriteDocument,
    "\n    query TwoProcessesEndedMe {\n      me {\n        username\n      }\n    }\n  ": typeof types.TwoProcessesEndedMeDocument,
    "\n            query MeUsername {\n              me {\n                username\n              }\n            }\n          ": typeof types.MeUsernameDocument,
    "\n          query TwoProcessesBranchesItems {\n            branches(perPage: 1, sortField: \"name\") {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        ": typeof types.TwoProcessesBranchesItemsDocument,
    "\n        mutation UpdateUnitNameVersion($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"双进程测试社区\", version: $v }) {\n            name\n            version\n          }\n        }\n      ": typeof types.UpdateUnitNameVersionDocument,
    "\n            query BranchNameVersion($id: ID!) {\n              branch(id: $id) {\n                name\n                version\n              }\n            }\n          ": typeof types.BranchNameVersionDocument,
    "\n        mutation TwoProcessesUpdateUnit($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"旧版本\", version: $v }) {\n            name\n          }\n        }\n      ": typeof types.TwoProcessesUpdateUnitDocument,
    "\n      mutation TwoProcessesAccountLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    ": typeof types.TwoProcessesAccountLoginDocument,
    "\n      query TwoProcessesAccountMe {\n        me {\n          username\n          mustChangePassword\n        }\n      }\n    ": typeof types.TwoProcessesAccountMeDocument,
    "\n        mutation TwoProcessesDeactivate($id: ID!) {\n          deactivateUser(id: $id) {\n            active\n          }\n        }\n      ": typeof types.TwoProcessesDeactivateDocument,
    "\n        mutation TwoProcessesReactivate($id: ID!) {\n          reactivateUser(id: $id) {\n            active\n          }\n        }\n      ": typeof types.TwoProcessesReactivateDocument,
    "\n        mutation TwoProcessesReset($id: ID!) {\n          resetPassword(userId: $id) {\n            temporaryPassword\n          }\n        }\n      ": typeof types.TwoProcessesResetDocument,
    "\n      query TwoProcessesAccountUnits {\n        units(perPage: 1) {\n          total\n        }\n      }\n    ": typeof types.TwoProcessesAccountUnitsDocument,
    "\n        mutation TwoProcessesChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            mustChangePassword\n          }\n        }\n      ": typeof types.TwoProcessesChangePasswordDocument,
    "\n          query TwoProcessesDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.TwoProcessesDistrictDocument,
    "\n        mutation TwoProcessesGrantLeader($id: ID!, $u: ID!) {\n          grantRole(userId: $id, input: { role: LEADER, unitId: $u }) {\n            roles\n          }\n        }\n      ": typeof types.TwoProcessesGrantLeaderDocument,
    "\n              mutation TwoProcessesLoginToken {\n                login(username: \"leader\", password: \"wrong\") {\n                  token\n                }\n              }\n            ": typeof types.TwoProcessesLoginTokenDocument,
    "\n        mutation TwoProcessesLoginToken2 {\n          login(username: \"leader\", password: \"fivestar\") {\n            token\n          }\n        }\n      ": typeof types.TwoProcessesLoginToken2Document,
    "\n  mutation UpdateUnit($id: ID!, $n: String!, $v: Int) {\n    updateUnit(id: $id, input: { name: $n, version: $v }) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      name\n      version\n    }\n  }\n": typeof types.UnitDocument,
    "\n  query AuditEntriesTotalItems($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100) {\n      total\n      items {\n        action\n        changes\n      }\n    }\n  }\n": typeof types.AuditEntriesTotalItemsDocument,
    "\n          query UnitsAndUnits {\n            t: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n              items {\n                id\n              }\n            }\n            d: units(filter: { level: DISTRICT }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.UnitsAndUnitsDocument,
    "\n      mutation CreateDepartment($d: ID!, $n: String!) {\n        createDepartment(input: { districtId: $d, code: \"RACE\", name: $n }) {\n          id\n          code\n          name\n        }\n      }\n    ": typeof types.CreateDepartmentDocument,
    "\n          query Departments {\n            departments(perPage: 100) {\n              items {\n                id\n                code\n                name\n              }\n            }\n          }\n        ": typeof types.DepartmentsDocument,
    "\n            mutation Login {\n              login(username: \"admin\", password: \"fivestar\") {\n                token\n              }\n            }\n          ": typeof types.LoginDocument,
    "\n                query BranchesTotalItems {\n                  branches(perPage: 5) {\n                    total\n                    items {\n                      name\n                      township {\n                        name\n                      }\n                    }\n                  }\n                }\n              ": typeof types.BranchesTotalItemsDocument,
    "\n            query FaultsUnits {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  version\n                }\n              }\n            }\n          ": typeof types.FaultsUnitsDocument,
    "\n          mutation UpdateUnitName($id: ID!) {\n            updateUnit(id: $id, input: { name: \"停机前的修改\" }) {\n              name\n            }\n          }\n        ": typeof types.UpdateUnitNameDocument,
    "\n            query FaultsUnitsItems {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  name\n                  version\n                }\n              }\n            }\n          ": typeof types.FaultsUnitsItemsDocument,
    "\n          mutation FaultsUpdateUnit($id: ID!) {\n            updateUnit(id: $id, input: { name: \"被中断的修改\" }) {\n              name\n            }\n          }\n        ": typeof types.FaultsUpdateUnitDocument,
    "\n        query HostileFixtures {\n          district: units(filter: { level: DISTRICT }, perPage: 1) {\n            items {\n              id\n            }\n          }\n          township: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n            items {\n              id\n            }\n          }\n          branch: branches(filter: { search: \"樱桃沟社区\" }) {\n            items {\n              id\n            }\n          }\n          people(perPage: 1) {\n            items {\n              id\n            }\n          }\n          positions(perPage: 1) {\n            items {\n              id\n            }\n          }\n          departments(perPage: 1) {\n            items {\n              id\n            }\n          }\n          keyTasks(perPage: 1) {\n            items {\n              id\n            }\n          }\n          taskForces(perPage: 1) {\n            items {\n              id\n            }\n          }\n          contactPoints(perPage: 1) {\n            items {\n              id\n              leaderId\n            }\n          }\n          starOwners(perPage: 1) {\n            items {\n              id\n            }\n          }\n          me {\n            id\n          }\n          u: units {\n            total\n          }\n          b: branches {\n            total\n          }\n          p: people {\n            total\n          }\n          k: keyTasks {\n            total\n          }\n        }\n      ": typeof types.HostileFixturesDocument,
    "\n        query BranchMemberOf($b: ID!) {\n          positions(filter: { unitId: $b, role: BRANCH_MEMBER }, perPage: 1) {\n            items {\n              personId\n            }\n          }\n        }\n      ": typeof types.BranchMemberOfDocument,
    "\n            query HealthyAfterwards {\n              branches {\n                total\n              }\n              me {\n                username\n              }\n            }\n          ": typeof types.HealthyAfterwardsDocument,
    "\n          query TablesStillThere {\n            u: units {\n              total\n            }\n            p: people {\n              total\n            }\n            k: keyTasks {\n              total\n            }\n          }\n        ": typeof types.TablesStillThereDocument,
    "\n  mutation CreatePerson($u: ID!, $k: String, $n: String!) {\n    createPerson(input: { name: $n, unitId: $u, clientMutationId: $k }) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n          query People($s: String) {\n            people(filter: { search: $s }) {\n              total\n            }\n          }\n        ": typeof types.PeopleDocument,
    "\n          query IdempotencyBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.IdempotencyBranchesDocument,
    "\n          query IdempotencyAuditEntries($id: String) {\n            auditEntries(filter: { targetType: \"Person\", targetId: $id }) {\n              total\n            }\n          }\n        ": typeof types.IdempotencyAuditEntriesDocument,
    "\n          mutation MatrixCreateUnit($p: ID!) {\n            createUnit(input: { name: \"越界区\", level: DISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreateUnitDocument,
    "\n          mutation MatrixCreateUnitId($p: ID!) {\n            createUnit(input: { name: \"越界街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreateUnitIdDocument,
    "\n          mutation MatrixCreateUnitId2($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreateUnitId2Document,
    "\n          mutation MatrixCreatePerson($u: ID!) {\n            createPerson(input: { name: \"越界书记\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreatePersonDocument,
    "\n          mutation MatrixCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreatePositionDocument,
    "\n          mutation CreateStarOwner($p: ID!, $u: ID!) {\n            createStarOwner(input: { personId: $p, branchId: $u, starCode: \"STRONG_BRANCH\", startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": typeof types.CreateStarOwnerDocument,
    "\n          mutation MatrixCreateDepartment($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"ORG\", name: \"越界区委组织部\" }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreateDepartmentDocument,
    "\n          mutation CreateTaskForceId($d: ID!, $l: ID!) {\n            createTaskForce(input: { districtId: $d, starCode: \"STRONG_BRANCH\", leadDepartmentId: $l }) {\n              id\n            }\n          }\n        ": typeof types.CreateTaskForceIdDocument,
    "\n          mutation MatrixCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"越界县级领导\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreatePersonIdDocument,
    "\n        mutation MatrixCreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: COUNTY_LEADER, unitId: $u, startDate: \"2024-01-01\" }) {\n            id\n          }\n        }\n      ": typeof types.MatrixCreatePositionIdDocument,
    "\n          mutation CreateContactPointId($p: ID!, $u: ID!) {\n            createContactPoint(input: { leaderId: $p, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": typeof types.CreateContactPointIdDocument,
    "\n          mutation CreateApiTokenApiToken($u: ID!) {\n            createApiToken(input: { name: \"越界令牌\", unitId: $u }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        ": typeof types.CreateApiTokenApiTokenDocument,
    "\n          mutation CreateSupervisionTeamId($d: ID!, $l: ID!) {\n            createSupervisionTeam(input: { name: \"越界督导组\", scopeUnitId: $d, leaderUserId: $l, memberUserIds: [] }) {\n              id\n            }\n          }\n        ": typeof types.CreateSupervisionTeamIdDocument,
    "\n          mutation MatrixPlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-06-01\" }) {\n              id\n            }\n          }\n        ": typeof types.MatrixPlanSpotCheckDocument,
    "\n        mutation StartSpotCheckId($x: ID!) {\n          startSpotCheck(id: $x, input: {}) {\n            id\n          }\n        }\n      ": typeof types.StartSpotCheckIdDocument,
    "\n          mutation MatrixRecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: \"越界问题\" }) {\n              id\n            }\n          }\n        ": typeof types.MatrixRecordFindingDocument,
    "\n          mutation MatrixRecordFindingId($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"越界问题二\" }) {\n              id\n            }\n          }\n        ": typeof types.MatrixRecordFindingIdDocument,
    "\n        mutation MatrixCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"越界\", methodAttested: true }) {\n            id\n          }\n        }\n      ": typeof types.MatrixCompleteSpotCheckDocument,
    "\n          mutation AssignRectificationId($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"越界整改\", deadline: \"2026-12-31\" }\n            ) {\n              id\n            }\n          }\n        ": typeof types.AssignRectificationIdDocument,
    "\n          mutation CreateMonthlyObservationId($d: ID!, $b: ID!) {\n            createMonthlyObservation(\n              input: { unitId: $d, heldOn: \"2026-01-10\", title: \"越界观摩\", visits: [{ unitId: $b, score: 90 }] }\n            ) {\n              id\n            }\n          }\n        ": typeof types.CreateMonthlyObservationIdDocument,
    "\n          mutation MatrixCreateUnitId3($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区二\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreateUnitId3Document,
    "\n          mutation MatrixCreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2026\n                title: \"越界规划\"\n                stars: [{ starCode: \"STRONG_BRANCH\", intent: TARGET }]\n              }\n            ) {\n              id\n            }\n          }\n        ": typeof types.MatrixCreatePlanDocument,
    "\n          mutation CreatePlanItemIdMilestones($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"越界任务\", deadline: \"2026-12-31\" }) {\n              id\n              milestones {\n                id\n              }\n            }\n          }\n        ": typeof types.CreatePlanItemIdMilestonesDocument,
    "\n          mutation PairBranchesId($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n              id\n            }\n          }\n        ": typeof types.PairBranchesIdDocument,
    "\n          mutation MatrixCreateUser($u: ID!) {\n            createUser(\n              input: {\n                username: \"matrix.account\"\n                displayName: \"越界支部账号\"\n                roles: [{ role: BRANCH_STAFF, unitId: $u }]\n              }\n            ) {\n              user {\n                id\n                grants {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.MatrixCreateUserDocument,
    "\n          query SoakBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.SoakBranchesDocument,
    "\n          query SoakBranchesItems($t: ID) {\n            branches(filter: { parentId: $t }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.SoakBranchesItemsDocument,
    "\n        query BranchesAndUnits {\n          branches(perPage: 100) {\n            items {\n              id\n            }\n          }\n          d: units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.BranchesAndUnitsDocument,
    "\n          query PeopleItems {\n            people(perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.PeopleItemsDocument,
    "\n          query SoakBranchesTotalItems($p: Int!) {\n            branches(perPage: 20, page: $p, sortField: \"name\") {\n              total\n              items {\n                id\n                name\n                category\n                township {\n                  name\n                }\n                ancestors {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.SoakBranchesTotalItemsDocument,
    "\n          query UnitsTotalItems {\n            units(filter: { level: TOWNSHIP }) {\n              total\n              items {\n                id\n                name\n                childCount\n                children {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.UnitsTotalItemsDocument,
    "\n          query PeopleTotalItems {\n            people(perPage: 20) {\n              total\n              items {\n                id\n                name\n                unit {\n                  name\n                }\n                currentPositions {\n                  role\n                  unit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PeopleTotalItemsDocument,
    "\n          query Positions {\n            positions(perPage: 25, filter: { activeOn: \"2025-03-01\" }) {\n              total\n              items {\n                role\n                startDate\n                endDate\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.PositionsDocument,
    "\n          query TaskForces {\n            taskForces {\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.TaskForcesDocument,
    "\n          query KeyTasksTotalItems($s: String) {\n            keyTasks(perPage: 30, filter: { starCode: $s }) {\n              total\n              items {\n                code\n                title\n                weight\n                leadDepartment {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.KeyTasksTotalItemsDocument,
    "\n          query Branch($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n              version\n              township {\n                name\n              }\n              ancestors {\n                name\n              }\n            }\n          }\n        ": typeof types.BranchDocument,
    "\n          query MeUsernameRolesGrants {\n            me {\n              username\n              roles\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.MeUsernameRolesGrantsDocument,
    "\n          query AccountabilityChainDateLinks($b: ID!, $s: String!) {\n            accountabilityChain(branchId: $b, starCode: $s) {\n              date\n              links {\n                role\n                vacant\n                person {\n                  name\n                }\n                unit {\n                  name\n                }\n                department {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.AccountabilityChainDateLinksDocument,
    "\n          query SoakAccountabilityChain($b: ID!, $s: String!, $at: DateTime) {\n            accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n              date\n              links {\n                role\n                vacant\n                since\n                until\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.SoakAccountabilityChainDocument,
    "\n                mutation UpdateUnitIdVersion($id: ID!, $n: String!, $v: Int) {\n                  updateUnit(id: $id, input: { name: $n, version: $v }) {\n                    id\n                    version\n                  }\n                }\n              ": typeof types.UpdateUnitIdVersionDocument,
    "\n                      query Unit($id: ID!) {\n                        unit(id: $id) {\n                          name\n                          version\n                        }\n                      }\n                    ": typeof types.UnitDocument,
    "\n          mutation UpdatePerson($id: ID!, $t: String, $v: Int) {\n            updatePerson(id: $id, input: { title: $t, version: $v }) {\n              id\n              version\n            }\n          }\n        ": typeof types.UpdatePersonDocument,
    "\n                query Person($id: ID!) {\n                  person(id: $id) {\n                    version\n                  }\n                }\n              ": typeof types.PersonDocument,
    "\n          query BranchIdName($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n            }\n          }\n        ": typeof types.BranchIdNameDocument,
    "\n          mutation UpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { name: \"x\" }) {\n              id\n            }\n          }\n        ": typeof types.UpdateUnitIdDocument,
    "\n          query AccountabilityChainDate($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              date\n            }\n          }\n        ": typeof types.AccountabilityChainDateDocument,
    "\n          mutation CreateDepartmentId($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"NOPE\", name: \"x\" }) {\n              id\n            }\n          }\n        ": typeof types.CreateDepartmentIdDocument,
    "\n          query SoakAuditEntries {\n            auditEntries {\n              total\n            }\n          }\n        ": typeof types.SoakAuditEntriesDocument,
    "\n          mutation SoakUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { sortOrder: 1, version: $v }) {\n              id\n            }\n          }\n        ": typeof types.SoakUpdateUnitDocument,
    "\n                query UnitVersion($id: ID!) {\n                  unit(id: $id) {\n                    version\n                  }\n                }\n              ": typeof types.UnitVersionDocument,
    "\n      mutation AccMatrixCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          temporaryPassword\n        }\n      }\n    ": typeof types.AccMatrixCreateUserDocument,
    "\n      mutation AccMatrixUpdateUser($id: ID!) {\n        updateUser(id: $id, input: { displayName: \"改名\" }) {\n          id\n        }\n      }\n    ": typeof types.AccMatrixUpdateUserDocument,
    "\n      mutation AccMatrixDeactivate($id: ID!) {\n        deactivateUser(id: $id) {\n          id\n        }\n      }\n    ": typeof types.AccMatrixDeactivateDocument,
    "\n      mutation AccMatrixReactivate($id: ID!) {\n        reactivateUser(id: $id) {\n          id\n        }\n      }\n    ": typeof types.AccMatrixReactivateDocument,
    "\n      mutation AccMatrixGrant($u: ID!, $b: ID!) {\n        grantRole(userId: $u, input: { role: BRANCH_STAFF, unitId: $b }) {\n          id\n        }\n      }\n    ": typeof types.AccMatrixGrantDocument,
    "\n      mutation AccMatrixRevoke($id: ID!) {\n        revokeRole(roleAssignmentId: $id) {\n          id\n        }\n      }\n    ": typeof types.AccMatrixRevokeDocument,
    "\n      mutation AccMatrixReset($id: ID!) {\n        resetPassword(userId: $id) {\n          temporaryPassword\n        }\n      }\n    ": typeof types.AccMatrixResetDocument,
    "\n      mutation AccMatrixGrantAny($u: ID!, $i: RoleGrantInput!) {\n        grantRole(userId: $u, input: $i) {\n          roles\n        }\n      }\n    ": typeof types.AccMatrixGrantAnyDocument,
    "\n  query AccUsers($f: UserFilterInput, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {\n    users(filter: $f, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        username\n        displayName\n        active\n        mustChangePassword\n        roles\n        unitId\n        unit {\n          name\n        }\n        grants {\n          id\n          role\n          unitId\n        }\n      }\n    }\n  }\n": typeof types.AccUsersDocument,
    "\n  query AccUser($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      active\n    }\n  }\n": typeof types.AccUserDocument,
    "\n  mutation AccCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      temporaryPassword\n      user {\n        id\n        username\n        mustChangePassword\n        roles\n        unitId\n      }\n    }\n  }\n": typeof types.AccCreateUserDocument,
    "\n  mutation AccResetPassword($id: ID!) {\n    resetPassword(userId: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.AccResetPasswordDocument,
    "\n  mutation AccChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.AccChangePasswordDocument,
    "\n  query AccMe {\n    me {\n      username\n      mustChangePassword\n    }\n  }\n": typeof types.AccMeDocument,
    "\n  query AccUnits {\n    units(perPage: 1) {\n      total\n    }\n  }\n": typeof types.AccUnitsDocument,
    "\n  mutation AccDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AccDeactivateDocument,
    "\n  mutation AccReactivate($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AccReactivateDocument,
    "\n  mutation AccGrant($u: ID!, $i: RoleGrantInput!) {\n    grantRole(userId: $u, input: $i) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n": typeof types.AccGrantDocument,
    "\n  mutation AccRevoke($id: ID!) {\n    revokeRole(roleAssignmentId: $id) {\n      id\n      roles\n    }\n  }\n": typeof types.AccRevokeDocument,
    "\n  mutation AccUpdate($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.AccUpdateDocument,
    "\n  query AccSessions {\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.AccSessionsDocument,
    "\n  mutation AccRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.AccRevokeSessionDocument,
    "\n  mutation AccLogout {\n    logout\n  }\n": typeof types.AccLogoutDocument,
    "\n  mutation AdminCreateLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      user {\n        roles\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.AdminCreateLoginDocument,
    "\n  mutation AaPlan($i: PlanSpotCheckInput!) {\n    planSpotCheck(input: $i) {\n      id\n    }\n  }\n": typeof types.AaPlanDocument,
    "\n  mutation AaStart($id: ID!) {\n    startSpotCheck(id: $id, input: {}) {\n      id\n      status\n    }\n  }\n": typeof types.AaStartDocument,
    "\n  mutation AaRecord($id: ID!, $d: String!) {\n    recordFinding(spotCheckId: $id, input: { severity: MINOR, description: $d }) {\n      id\n    }\n  }\n": typeof types.AaRecordDocument,
    "\n  mutation AaComplete($id: ID!) {\n    completeSpotCheck(id: $id, input: { summary: \"小结\", methodAttested: true }) {\n      id\n      status\n    }\n  }\n": typeof types.AaCompleteDocument,
    "\n  mutation AaUpdateFinding($id: ID!, $i: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $i) {\n      id\n      description\n      severity\n      correctedAt\n      withdrawn\n    }\n  }\n": typeof types.AaUpdateFindingDocument,
    "\n  mutation AaWithdrawFinding($id: ID!, $r: String!) {\n    withdrawFinding(id: $id, reason: $r) {\n      id\n      withdrawn\n      withdrawnAt\n      withdrawalReason\n      withdrawnByName\n    }\n  }\n": typeof types.AaWithdrawFindingDocument,
    "\n  mutation AaAssign($f: ID!, $u: ID!) {\n    assignRectification(findingId: $f, input: { responsibleUnitId: $u, measures: \"整改\", deadline: \"2027-01-31\" }) {\n      id\n      status\n    }\n  }\n": typeof types.AaAssignDocument,
    "\n  mutation AaSubmit($id: ID!) {\n    submitRectification(id: $id, input: { note: \"已整改\" }) {\n      id\n      status\n    }\n  }\n": typeof types.AaSubmitDocument,
    "\n  mutation AaVerify($id: ID!, $a: Boolean!) {\n    verifyRectification(id: $id, input: { accept: $a, comment: \"验收意见\" }) {\n      id\n      status\n    }\n  }\n": typeof types.AaVerifyDocument,
    "\n  query AaCheckActions($id: ID!) {\n    spotCheck(id: $id) {\n      allowedActions\n    }\n  }\n": typeof types.AaCheckActionsDocument,
    "\n  query AaFindingActions($id: ID!) {\n    finding(id: $id) {\n      allowedActions\n      withdrawn\n    }\n  }\n": typeof types.AaFindingActionsDocument,
    "\n  query AaRectActions($id: ID!) {\n    rectification(id: $id) {\n      allowedActions\n    }\n  }\n": typeof types.AaRectActionsDocument,
    "\n  query AaRectPage($page: Int!, $f: RectificationFilterInput) {\n    rectifications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n": typeof types.AaRectPageDocument,
    "\n  query AaAppPage($page: Int!, $f: StarApplicationFilterInput) {\n    starApplications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n": typeof types.AaAppPageDocument,
    "\n  query AaObjectionPage($page: Int!, $f: StarObjectionFilterInput) {\n    starObjections(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        status\n        applicationId\n        allowedActions\n      }\n    }\n  }\n": typeof types.AaObjectionPageDocument,
    "\n            query AaTarget {\n              branches(filter: { search: \"樱桃沟社区\" }) {\n                items {\n                  id\n                  township {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.AaTargetDocument,
    "\n          query AaDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.AaDistrictDocument,
    "\n          mutation AaTeam($i: CreateSupervisionTeamInput!) {\n            createSupervisionTeam(input: $i) {\n              id\n            }\n          }\n        ": typeof types.AaTeamDocument,
    "\n      query AaChecks($s: String, $o: SortOrder, $f: SpotCheckFilterInput) {\n        spotChecks(perPage: 100, sortField: $s, sortOrder: $o, filter: $f) {\n          items {\n            id\n            status\n          }\n        }\n      }\n    ": typeof types.AaChecksDocument,
    "\n      query AaWaiting($f: RectificationFilterInput, $o: SortOrder) {\n        rectifications(filter: $f, sortField: \"daysWaiting\", sortOrder: $o, perPage: 100) {\n          items {\n            id\n            daysWaiting\n          }\n        }\n      }\n    ": typeof types.AaWaitingDocument,
    "\n          mutation AaToken($u: ID!) {\n            createApiToken(input: { name: \"看板\", unitId: $u }) {\n              token\n            }\n          }\n        ": typeof types.AaTokenDocument,
    "\n    mutation AaReview($id: ID!, $i: ReviewStarApplicationInput!) {\n      reviewStarApplication(id: $id, input: $i) {\n        id\n        status\n      }\n    }\n  ": typeof types.AaReviewDocument,
    "\n    mutation AaFile($a: ID!) {\n      fileObjection(applicationId: $a, reason: \"材料不实\") {\n        id\n      }\n    }\n  ": typeof types.AaFileDocument,
    "\n    mutation AaResolve($id: ID!, $u: Boolean!) {\n      resolveObjection(id: $id, upheld: $u, comment: \"已核实\") {\n        id\n        status\n      }\n    }\n  ": typeof types.AaResolveDocument,
    "\n          query AaOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": typeof types.AaOwnBranchDocument,
    "\n          query AaHeld($b: ID!) {\n            branch(id: $b) {\n              heldStars {\n                starCode\n              }\n            }\n          }\n        ": typeof types.AaHeldDocument,
    "\n          query AaOpenApps($b: ID!) {\n            starApplications(filter: { branchId: $b, year: 2026 }, perPage: 100) {\n              items {\n                starCode\n                status\n              }\n            }\n          }\n        ": typeof types.AaOpenAppsDocument,
    "\n          query AaStarTypes {\n            starTypes {\n              code\n              categories\n            }\n          }\n        ": typeof types.AaStarTypesDocument,
    "\n          query AaTasks($s: String, $c: BranchCategory) {\n            keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.AaTasksDocument,
    "\n          mutation AaApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": typeof types.AaApplyDocument,
    "\n      query AaStats {\n        supervisionStats {\n          findings\n        }\n      }\n    ": typeof types.AaStatsDocument,
    "\n      query AaCampaignFindings($u: ID!) {\n        campaignStats(unitId: $u, year: 2026) {\n          figures {\n            findings {\n              total\n              minor\n              major\n            }\n          }\n        }\n      }\n    ": typeof types.AaCampaignFindingsDocument,
    "\n      query AaFindingCount($id: ID!) {\n        spotCheck(id: $id) {\n          findingCount\n          findings {\n            id\n            withdrawn\n          }\n        }\n      }\n    ": typeof types.AaFindingCountDocument,
    "\n      query AaAudit($f: AuditFilterInput) {\n        auditEntries(filter: $f, perPage: 10) {\n          items {\n            operation\n            changes\n          }\n        }\n      }\n    ": typeof types.AaAuditDocument,
    "\n  mutation CreateApiTokenTokenApiToken($n: String!, $u: ID!, $d: Int) {\n    createApiToken(input: { name: $n, unitId: $u, expiresInDays: $d }) {\n      token\n      apiToken {\n        id\n        name\n        active\n        expiresAt\n        lastUsedAt\n        scopeUnit {\n          name\n        }\n        createdBy {\n          username\n        }\n      }\n    }\n  }\n": typeof types.CreateApiTokenTokenApiTokenDocument,
    "\n          query ApiTokensUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ApiTokensUnitsDocument,
    "\n          query ApiTokensBranches {\n            branches {\n              total\n            }\n          }\n        ": typeof types.ApiTokensBranchesDocument,
    "\n          query ApiTokensBranchesTotal {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        ": typeof types.ApiTokensBranchesTotalDocument,
    "\n          query ApiTokensTotalItems {\n            apiTokens {\n              total\n              items {\n                id\n                lastUsedAt\n              }\n            }\n          }\n        ": typeof types.ApiTokensTotalItemsDocument,
    "\n          query ApiTokensBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ApiTokensBranchesItemsDocument,
    "\n          mutation RevokeApiToken($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              active\n              revokedAt\n            }\n          }\n        ": typeof types.RevokeApiTokenDocument,
    "\n            query ApiTokensBranches {\n              branches {\n                total\n              }\n            }\n          ": typeof types.ApiTokensBranchesDocument,
    "\n            query ApiTokensTotal {\n              apiTokens {\n                total\n              }\n            }\n          ": typeof types.ApiTokensTotalDocument,
    "\n          query ApiTokensAuditEntries {\n            auditEntries(filter: { operation: \"createApiToken\" }) {\n              total\n              items {\n                changes\n              }\n            }\n          }\n        ": typeof types.ApiTokensAuditEntriesDocument,
    "\n  query RuleRanking($u: ID!) {\n    quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n      missingComponents\n      rows {\n        unitName\n        rank\n        score\n        rectificationClosure\n        rectificationTimeliness\n        coverage\n      }\n    }\n  }\n": typeof types.RuleRankingDocument,
    "\n  mutation SetAppraisalRule($d: ID!, $r: MissingComponentRule!) {\n    setAppraisalRule(districtId: $d, missingComponents: $r) {\n      districtId\n      missingComponents\n      planCompletion\n    }\n  }\n": typeof types.SetAppraisalRuleDocument,
    "\n  query RuleWeights($d: ID!) {\n    appraisalWeights(districtId: $d) {\n      missingComponents\n      planCompletion\n      tour\n    }\n  }\n": typeof types.RuleWeightsDocument,
    "\n  query AuditAuditEntries($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n      total\n      items {\n        id\n        at\n        userId\n        username\n        operation\n        targetType\n        targetId\n        action\n        changes\n        address\n        chain\n        prevHash\n        hash\n      }\n    }\n  }\n": typeof types.AuditAuditEntriesDocument,
    "\n          query AuditUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        ": typeof types.AuditUnitsDocument,
    "\n          mutation AuditUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { name: \"审计测试街道\", version: $v }) {\n              id\n            }\n          }\n        ": typeof types.AuditUpdateUnitDocument,
    "\n          mutation AuditUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        ": typeof types.AuditUpdateUnitIdDocument,
    "\n        mutation LoginToken {\n          login(username: \"leader\", password: \"wrong-guess\") {\n            token\n          }\n        }\n      ": typeof types.LoginTokenDocument,
    "\n    query AuditNamedEntries($f: AuditFilterInput) {\n      auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n        total\n        items {\n          id\n          operation\n          targetType\n          targetId\n          targetLabel\n          userId\n          actorName\n        }\n      }\n    }\n  ": typeof types.AuditNamedEntriesDocument,
    "\n          query AuditMe {\n            me {\n              id\n              displayName\n            }\n          }\n        ": typeof types.AuditMeDocument,
    "\n          query AuditQueue {\n            starApplications(filter: { status: SUBMITTED }, perPage: 1) {\n              items {\n                id\n                branch {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.AuditQueueDocument,
    "\n          mutation AuditReview($id: ID!) {\n            reviewStarApplication(id: $id, input: { decision: APPROVE, comment: \"审计测试\" }) {\n              id\n            }\n          }\n        ": typeof types.AuditReviewDocument,
    "\n            query VerifyAuditChainValid {\n              verifyAuditChain {\n                valid\n              }\n            }\n          ": typeof types.VerifyAuditChainValidDocument,
    "\n          query AuditPeople {\n            people(perPage: 20) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.AuditPeopleDocument,
    "\n            mutation UpdatePersonId($id: ID!, $t: String) {\n              updatePerson(id: $id, input: { title: $t }) {\n                id\n              }\n            }\n          ": typeof types.UpdatePersonIdDocument,
    "\n          query AuditVerifyPerChain {\n            verifyAuditChain {\n              valid\n              checked\n              chains\n              firstInvalidId\n            }\n          }\n        ": typeof types.AuditVerifyPerChainDocument,
    "\n          query VerifyAuditChains {\n            verifyAuditChain {\n              valid\n              chains\n              heads {\n                chain\n                id\n                hash\n              }\n            }\n          }\n        ": typeof types.VerifyAuditChainsDocument,
    "\n      query AuditVerifyMoved {\n        verifyAuditChain {\n          valid\n          firstInvalidId\n        }\n      }\n    ": typeof types.AuditVerifyMovedDocument,
    "\n  query MeUsernameDisplayNameRoles {\n    me {\n      username\n      displayName\n      roles\n      grants {\n        role\n        unit {\n          name\n        }\n        starCode\n      }\n    }\n  }\n": typeof types.MeUsernameDisplayNameRolesDocument,
    "\n          mutation AuthLogin {\n            login(username: \"admin\", password: \"nope\") {\n              token\n            }\n          }\n        ": typeof types.AuthLoginDocument,
    "\n          mutation AuthLoginToken {\n            login(username: \"nobody\", password: \"nope\") {\n              token\n            }\n          }\n        ": typeof types.AuthLoginTokenDocument,
    "\n              mutation AuthLoginToken2 {\n                login(username: \"supervisor\", password: \"wrong\") {\n                  token\n                }\n              }\n            ": typeof types.AuthLoginToken2Document,
    "\n        mutation AuthLoginToken3 {\n          login(username: \"supervisor\", password: \"fivestar\") {\n            token\n          }\n        }\n      ": typeof types.AuthLoginToken3Document,
    "\n  query BackupVerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n": typeof types.BackupVerifyAuditChainDocument,
    "\n          query CadenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.CadenceBranchesDocument,
    "\n      mutation SubmitDailyReport($i: SubmitDailyReportInput!) {\n        submitDailyReport(input: $i) {\n          id\n          reportDate\n          doneToday\n          figures {\n            label\n            value\n          }\n          blockers\n          reporterName\n        }\n      }\n    ": typeof types.SubmitDailyReportDocument,
    "\n          query DailyReports($d: String) {\n            dailyReports(filter: { date: $d }, perPage: 100) {\n              total\n              items {\n                unitId\n                doneToday\n              }\n            }\n          }\n        ": typeof types.DailyReportsDocument,
    "\n            query MissingDailyReports($u: ID!, $d: String!) {\n              missingDailyReports(unitId: $u, date: $d) {\n                id\n                level\n              }\n            }\n          ": typeof types.MissingDailyReportsDocument,
    "\n            query BranchesItems {\n              branches(filter: { search: \"建新南街社区\" }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.BranchesItemsDocument,
    "\n        mutation CreateMonthlyObservation($i: CreateMonthlyObservationInput!) {\n          createMonthlyObservation(input: $i) {\n            id\n            title\n            participants\n            visits {\n              unitId\n              score\n              comment\n            }\n          }\n        }\n      ": typeof types.CreateMonthlyObservationDocument,
    "\n        query MonthlyObservations {\n          monthlyObservations(filter: { month: \"2026-11\" }) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.MonthlyObservationsDocument,
    "\n      query QuarterlyRanking($u: ID!) {\n        quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n          published\n          weights {\n            planCompletion\n            spotCheck\n          }\n          rows {\n            unitName\n            rank\n            score\n            planCompletion\n            spotCheck\n            rectificationClosure\n            rectificationTimeliness\n            tour\n          }\n        }\n      }\n    ": typeof types.QuarterlyRankingDocument,
    "\n            mutation CreateUnit($p: ID!) {\n              createUnit(input: { name: \"评比测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n                id\n              }\n            }\n          ": typeof types.CreateUnitDocument,
    "\n              mutation CreateUnitId($p: ID!, $n: String!) {\n                createUnit(\n                  input: { name: $n, level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n                ) {\n                  id\n                }\n              }\n            ": typeof types.CreateUnitIdDocument,
    "\n          mutation SetAppraisalWeights($d: ID!) {\n            setAppraisalWeights(\n              districtId: $d\n              input: {\n                planCompletion: 40\n                spotCheck: 30\n                rectificationClosure: 10\n                rectificationTimeliness: 10\n                tour: 10\n              }\n            ) {\n              planCompletion\n            }\n          }\n        ": typeof types.SetAppraisalWeightsDocument,
    "\n              mutation PublishQuarterlyAppraisal($u: ID!) {\n                publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                  published\n                }\n              }\n            ": typeof types.PublishQuarterlyAppraisalDocument,
    "\n            mutation PublishQuarterlyAppraisalPublishedPublishedAtRows($u: ID!) {\n              publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                published\n                publishedAt\n                rows {\n                  unitName\n                  rank\n                  score\n                }\n              }\n            }\n          ": typeof types.PublishQuarterlyAppraisalPublishedPublishedAtRowsDocument,
    "\n          mutation PublishQuarterlyAppraisal($u: ID!) {\n            publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n              published\n            }\n          }\n        ": typeof types.PublishQuarterlyAppraisalDocument,
    "\n  query CatalogCacheStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitName\n      figures {\n        branches\n        starHolders {\n          starCode\n          starName\n        }\n      }\n    }\n  }\n": typeof types.CatalogCacheStatsDocument,
    "\n          mutation CatalogCacheRename($id: ID!) {\n            updateUnit(id: $id, input: { name: \"缓存测试区\" }) {\n              id\n            }\n          }\n        ": typeof types.CatalogCacheRenameDocument,
    "\n  query ChainOfBranch($b: ID!, $s: String!, $at: DateTime) {\n    accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n      date\n      starType {\n        code\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChainOfBranchDocument,
    "\n          query ChainBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ChainBranchesDocument,
    "\n          query PositionsItems($u: ID!) {\n            positions(filter: { unitId: $u, role: BRANCH_SECRETARY, activeOn: \"2026-01-01\" }) {\n              items {\n                id\n                version\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.PositionsItemsDocument,
    "\n          mutation CreatePersonId($u: ID!) {\n            createPerson(input: { name: \"新书记\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.CreatePersonIdDocument,
    "\n          mutation CreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2026-02-01\" }) {\n              id\n            }\n          }\n        ": typeof types.CreatePositionDocument,
    "\n          mutation UpdatePosition($id: ID!, $v: Int) {\n            updatePosition(id: $id, input: { endDate: \"2026-01-31\", version: $v }) {\n              id\n              endDate\n            }\n          }\n        ": typeof types.UpdatePositionDocument,
    "\n          query ChainUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ChainUnitsDocument,
    "\n  query DashboardFigures($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        levelDistribution {\n          level\n          branches\n        }\n        threeStarShare\n        fourStar\n        fourStarLastYear\n        fourStarRatio\n        fiveStar\n        newFiveStar\n        keyTasks {\n          total\n          done\n          completionRate\n          overdue\n        }\n        spotChecksThisQuarter\n        findings {\n          total\n        }\n        findingsThisQuarter {\n          minor\n          major\n          critical\n          total\n        }\n        rectifications {\n          total\n          closed\n          closureRate\n          overdue\n          late\n          awaitingVerification\n        }\n        dailyReports {\n          submitted\n          expected\n          rate\n        }\n      }\n      byChild {\n        unitId\n        unitLevel\n        figures {\n          branches\n          rectifications {\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardFiguresDocument,
    "\n  query DashboardSupervision($w: ID) {\n    supervisionStats(withinId: $w) {\n      planned\n      inProgress\n      completed\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n": typeof types.DashboardSupervisionDocument,
    "\n          query DemoFiveStarTrend($u: ID!) {\n            trend(unitId: $u, metric: FIVE_STAR_COUNT, from: \"2025-12-01\", to: \"2026-11-30\", interval: MONTH) {\n              periodEnd\n              value\n            }\n          }\n        ": typeof types.DemoFiveStarTrendDocument,
    "\n          mutation CreateApiTokenToken($u: ID!) {\n            createApiToken(input: { name: \"files\", unitId: $u }) {\n              token\n            }\n          }\n        ": typeof types.CreateApiTokenTokenDocument,
    "\n        query UploadLimits {\n          uploadLimits {\n            maxFileBytes\n            maxFileMb\n          }\n        }\n      ": typeof types.UploadLimitsDocument,
    "\n  query ImportBatchesOfTest($page: Int) {\n    importBatches(page: $page, perPage: 10) {\n      total\n      items {\n        id\n        kind\n        username\n        fileName\n        sha256\n        created\n        updated\n        unchanged\n        report\n      }\n    }\n  }\n": typeof types.ImportBatchesOfTestDocument,
    "\n  query ImportBatchOfTest($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      created\n      report\n    }\n  }\n": typeof types.ImportBatchOfTestDocument,
    "\n  query AuditOfImport($targetType: String) {\n    auditEntries(filter: { targetType: $targetType }, perPage: 100, sortOrder: DESC) {\n      items {\n        targetType\n        targetId\n        action\n        operation\n        importBatchId\n      }\n    }\n  }\n": typeof types.AuditOfImportDocument,
    "\n          query PeopleTotal {\n            people {\n              total\n            }\n          }\n        ": typeof types.PeopleTotalDocument,
    "\n          mutation CreatePersonInMissingUnit {\n            createPerson(input: { name: \"无单位\", unitId: \"999999\" }) {\n              id\n            }\n          }\n        ": typeof types.CreatePersonInMissingUnitDocument,
    "\n            query PeopleTotal {\n              people {\n                total\n              }\n            }\n          ": typeof types.PeopleTotalDocument,
    "\n          query InjectionAsSearch {\n            units(filter: { search: \"%' or 1=1 --\" }) {\n              total\n            }\n          }\n        ": typeof types.InjectionAsSearchDocument,
    "\n          query PercentAsSearch {\n            units(filter: { search: \"%\" }) {\n              total\n            }\n          }\n        ": typeof types.PercentAsSearchDocument,
    "\n      query QueryTypeName {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": typeof types.QueryTypeNameDocument,
    "\n  mutation LogsLogIn($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogsLogInDocument,
    "\n          query LogsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.LogsUnitsDocument,
    "\n          mutation LogsCreateApiToken($n: String!, $u: ID!) {\n            createApiToken(input: { name: $n, unitId: $u }) {\n              token\n            }\n          }\n        ": typeof types.LogsCreateApiTokenDocument,
    "\n        query LogsMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.LogsMeDocument,
    "\n  query MtgPeople($unitId: ID!) {\n    people(filter: { unitId: $unitId }, perPage: 10) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.MtgPeopleDocument,
    "\n  mutation MtgCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      date\n      theme\n      attendees {\n        id\n      }\n      speeches {\n        personId\n        topic\n        person {\n          name\n        }\n      }\n      evaluations {\n        personId\n        selfEvaluation\n        peerEvaluation\n      }\n      summary\n      minutes {\n        id\n      }\n      photos {\n        id\n      }\n    }\n  }\n": typeof types.MtgCreateDocument,
    "\n  mutation MtgAdd($meetingId: ID!, $input: AddMeetingItemInput!) {\n    addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n      kind\n      status\n      overdue\n      deadline\n      answers {\n        id\n      }\n    }\n  }\n": typeof types.MtgAddDocument,
    "\n  mutation MtgClose($id: ID!, $input: CloseMeetingItemInput!) {\n    closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n      overdue\n      closeNote\n      evidence {\n        id\n      }\n    }\n  }\n": typeof types.MtgCloseDocument,
    "\n  mutation MtgReopen($id: ID!, $note: String!) {\n    reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n      reopenCount\n      events {\n        action\n        byName\n        note\n      }\n    }\n  }\n": typeof types.MtgReopenDocument,
    "\n  mutation MtgToPlan($id: ID!) {\n    meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n": typeof types.MtgToPlanDocument,
    "\n  query MtgItems($filter: MeetingItemFilterInput) {\n    meetingItems(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        kind\n        overdue\n        status\n      }\n    }\n  }\n": typeof types.MtgItemsDocument,
    "\n  query MtgMeetings($filter: MeetingFilterInput) {\n    meetings(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        unitId\n        items {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MtgMeetingsDocument,
    "\n  query MtgStats($unitId: ID!, $year: Int!) {\n    campaignStats(unitId: $unitId, year: $year) {\n      figures {\n        branches\n        meetings {\n          held\n          perUnitPerMonth\n          unitMonths\n          monthlyCoverage\n          itemsOpen\n          itemsOverdue\n          itemsClosed\n          itemsReopened\n          closureRate\n        }\n      }\n      byChild {\n        unitId\n        figures {\n          meetings {\n            held\n            itemsOpen\n            itemsOverdue\n            itemsClosed\n          }\n        }\n      }\n    }\n  }\n": typeof types.MtgStatsDocument,
    "\n          query NPlusOneUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.NPlusOneUnitsDocument,
    "\n            mutation NPlusOneCreateApiToken($u: ID!, $n: String!) {\n              createApiToken(input: { name: $n, unitId: $u }) {\n                token\n              }\n            }\n          ": typeof types.NPlusOneCreateApiTokenDocument,
    "\n      query NPlusOneWebhookDeliveries($w: ID!, $n: Int!) {\n        webhookDeliveries(webhookId: $w, perPage: $n) {\n          total\n          items {\n            id\n            eventType\n            status\n            attemptLog {\n              statusCode\n              latencyMs\n            }\n          }\n        }\n      }\n    ": typeof types.NPlusOneWebhookDeliveriesDocument,
    "\n        query NPlusOneBranches($n: Int!) {\n          branches(perPage: $n) {\n            total\n            items {\n              id\n              name\n              township {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneBranchesDocument,
    "\n        query NPlusOneBranchesItems($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              id\n              ancestors {\n                name\n              }\n              district {\n                name\n              }\n              parent {\n                name\n              }\n              childCount\n            }\n          }\n        }\n      ": typeof types.NPlusOneBranchesItemsDocument,
    "\n        query NPlusOnePeople($n: Int!) {\n          people(perPage: $n) {\n            items {\n              name\n              unit {\n                name\n              }\n              currentPositions {\n                role\n                startDate\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOnePeopleDocument,
    "\n        query NPlusOnePositions($n: Int!) {\n          positions(perPage: $n) {\n            items {\n              person {\n                name\n              }\n              unit {\n                name\n              }\n              department {\n                name\n              }\n              taskForce {\n                name\n                starType {\n                  nameZh\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOnePositionsDocument,
    "\n        query StarOwners($n: Int!) {\n          starOwners(perPage: $n) {\n            items {\n              branch {\n                name\n              }\n              person {\n                name\n              }\n              starType {\n                nameZh\n              }\n            }\n          }\n        }\n      ": typeof types.StarOwnersDocument,
    "\n        query ContactPoints($n: Int!) {\n          contactPoints(perPage: $n) {\n            items {\n              leader {\n                name\n              }\n              unit {\n                name\n                township {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ContactPointsDocument,
    "\n        query ApiTokensItems($n: Int!) {\n          apiTokens(perPage: $n) {\n            items {\n              name\n              scopeUnit {\n                name\n              }\n              createdBy {\n                username\n              }\n            }\n          }\n        }\n      ": typeof types.ApiTokensItemsDocument,
    "\n        query NPlusOneWebhooks($n: Int!) {\n          webhooks(perPage: $n) {\n            total\n            items {\n              id\n              url\n              enabled\n              scopeUnit {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneWebhooksDocument,
    "\n        query NPlusOneEvents($n: Int!) {\n          events(first: $n) {\n            edges {\n              cursor\n              node {\n                id\n                type\n                resourceType\n                resourceId\n                payload\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneEventsDocument,
    "\n        query NPlusOneAuditEntries($n: Int!) {\n          auditEntries(perPage: $n) {\n            total\n            items {\n              id\n              at\n              username\n              operation\n              action\n              targetType\n              targetId\n              targetLabel\n              actorName\n              changes\n              prevHash\n              hash\n            }\n          }\n        }\n      ": typeof types.NPlusOneAuditEntriesDocument,
    "\n        query NPlusOneImportBatches($n: Int!) {\n          importBatches(perPage: $n) {\n            total\n            items {\n              id\n              kind\n              username\n              fileName\n              created\n              updated\n              unchanged\n              report\n              createdAt\n            }\n          }\n        }\n      ": typeof types.NPlusOneImportBatchesDocument,
    "\n        query NPlusOneKeyTasks($n: Int!) {\n          keyTasks(perPage: $n) {\n            items {\n              code\n              starType {\n                nameZh\n              }\n              leadDepartment {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneKeyTasksDocument,
    "\n        query NPlusOneBranchesItems2($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              starLevel\n              stars(year: 2026) {\n                starCode\n                status\n              }\n              starHistory {\n                kind\n                date\n              }\n              heldStars {\n                since\n              }\n              pairings {\n                strongBranch {\n                  name\n                }\n                weakBranch {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneBranchesItems2Document,
    "\n        query Plans($n: Int!) {\n          plans(perPage: $n, filter: { level: BRANCH }) {\n            items {\n              title\n              unit {\n                name\n              }\n              stars {\n                starCode\n                intent\n                owner {\n                  name\n                }\n                starType {\n                  nameZh\n                }\n              }\n              rollup {\n                total\n                overdue\n              }\n            }\n          }\n        }\n      ": typeof types.PlansDocument,
    "\n        query PlanItemsItems($n: Int!) {\n          planItems(perPage: $n) {\n            items {\n              title\n              overdue\n              plan {\n                title\n              }\n              unit {\n                name\n              }\n              keyTask {\n                title\n              }\n              responsiblePerson {\n                name\n              }\n              milestones {\n                dueDate\n              }\n            }\n          }\n        }\n      ": typeof types.PlanItemsItemsDocument,
    "\n        query StarApplications($n: Int!) {\n          starApplications(perPage: $n) {\n            items {\n              status\n              allowedActions\n              branch {\n                name\n                starLevel\n              }\n              starType {\n                nameZh\n              }\n              items {\n                keyTask {\n                  title\n                }\n              }\n              transitions {\n                toStatus\n              }\n              objections {\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.StarApplicationsDocument,
    "\n        query StarObjectionsItems($n: Int!) {\n          starObjections(perPage: $n) {\n            items {\n              status\n              allowedActions\n              application {\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.StarObjectionsItemsDocument,
    "\n        query ActionableRectifications($n: Int!) {\n          rectifications(perPage: $n, filter: { actionable: true }) {\n            items {\n              allowedActions\n              submittedAt\n            }\n          }\n        }\n      ": typeof types.ActionableRectificationsDocument,
    "\n        query SpotChecks($n: Int!) {\n          spotChecks(perPage: $n) {\n            items {\n              allowedActions\n              team {\n                name\n                members {\n                  username\n                }\n              }\n              targetUnit {\n                name\n              }\n              findingCount\n              findings {\n                severity\n                allowedActions\n                keyTask {\n                  code\n                }\n                rectification {\n                  status\n                }\n                evidence {\n                  id\n                }\n              }\n              scores {\n                score\n                keyTaskId\n              }\n            }\n          }\n        }\n      ": typeof types.SpotChecksDocument,
    "\n        query Findings($n: Int!) {\n          findings(perPage: $n) {\n            items {\n              allowedActions\n              spotCheck {\n                status\n              }\n              keyTask {\n                code\n              }\n              claimedBy {\n                name\n              }\n              rectification {\n                status\n                overdue\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.FindingsDocument,
    "\n        query Rectifications($n: Int!) {\n          rectifications(perPage: $n) {\n            items {\n              overdue\n              allowedActions\n              finding {\n                description\n              }\n              responsibleUnit {\n                name\n              }\n              responsiblePerson {\n                name\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.RectificationsDocument,
    "\n        query NPlusOneUsers($n: Int!) {\n          users(perPage: $n) {\n            total\n            items {\n              username\n              roles\n              unit {\n                name\n              }\n              person {\n                name\n              }\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.NPlusOneUsersDocument,
    "\n        query DailyReportsItems($n: Int!) {\n          dailyReports(perPage: $n) {\n            items {\n              reportDate\n              unit {\n                name\n              }\n              figures {\n                label\n                value\n              }\n            }\n          }\n        }\n      ": typeof types.DailyReportsItemsDocument,
    "\n        query MonthlyObservationsItems($n: Int!) {\n          monthlyObservations(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              visits {\n                score\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.MonthlyObservationsItemsDocument,
    "\n        query ResidentRequestsItems($n: Int!) {\n          residentRequests(perPage: $n) {\n            items {\n              title\n              stage\n              residentName\n              phone\n              address\n              overdue\n              unit {\n                name\n              }\n              meeting {\n                topic\n              }\n              timeline {\n                action\n                byName\n              }\n            }\n          }\n        }\n      ": typeof types.ResidentRequestsItemsDocument,
    "\n        query ResidentMeetingsItems($n: Int!) {\n          residentMeetings(perPage: $n) {\n            items {\n              topic\n              requestIds\n              unit {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ResidentMeetingsItemsDocument,
    "\n        query CommunityMembersItems($n: Int!) {\n          communityMembers(perPage: $n) {\n            items {\n              name\n              kind\n              person {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.CommunityMembersItemsDocument,
    "\n        query MeetingsItems($n: Int!) {\n          meetings(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              attendees {\n                name\n              }\n              speeches {\n                topic\n                person {\n                  name\n                }\n              }\n              evaluations {\n                person {\n                  name\n                }\n              }\n              minutes {\n                id\n              }\n              photos {\n                id\n              }\n              items {\n                kind\n                overdue\n              }\n            }\n          }\n        }\n      ": typeof types.MeetingsItemsDocument,
    "\n        query MeetingItemsItems($n: Int!) {\n          meetingItems(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              ownerUnit {\n                name\n              }\n              ownerPerson {\n                name\n              }\n              overdue\n              answers {\n                content\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MeetingItemsItemsDocument,
    "\n        query PostsItems($n: Int!) {\n          posts(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              live\n              cover {\n                id\n              }\n              images {\n                id\n              }\n              stars {\n                nameZh\n              }\n              keyTasks {\n                id\n              }\n              tagUnits {\n                name\n              }\n              events {\n                action\n              }\n            }\n          }\n        }\n      ": typeof types.PostsItemsDocument,
    "\n          query PermissionsBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        ": typeof types.PermissionsBranchesDocument,
    "\n          query DepartmentsItems {\n            departments(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.DepartmentsItemsDocument,
    "\n          query TaskForcesItems {\n            taskForces(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.TaskForcesItemsDocument,
    "\n          query PermissionsPositions {\n            positions(filter: { role: COUNTY_LEADER }, perPage: 1) {\n              items {\n                personId\n              }\n            }\n          }\n        ": typeof types.PermissionsPositionsDocument,
    "\n          query ContactPointsItems($u: ID!) {\n            contactPoints(filter: { unitId: $u }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ContactPointsItemsDocument,
    "\n          query PermissionsKeyTasks {\n            keyTasks(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.PermissionsKeyTasksDocument,
    "\n          query StarOwnersItems($b: ID!) {\n            starOwners(filter: { branchId: $b }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarOwnersItemsDocument,
    "\n          mutation PermissionsCreatePerson($u: ID!) {\n            createPerson(input: { name: \"矩阵测试\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.PermissionsCreatePersonDocument,
    "\n          mutation CreatePositionId($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        ": typeof types.CreatePositionIdDocument,
    "\n        mutation CreateTestStarType($code: String!, $zh: String!, $en: String!) {\n          createStarType(input: { code: $code, nameZh: $zh, nameEn: $en, categories: [RURAL, COMMUNITY] }) {\n            code\n          }\n        }\n      ": typeof types.CreateTestStarTypeDocument,
    "\n        mutation PermissionsCreateUnit($p: ID!, $n: String!) {\n          createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) {\n            id\n          }\n        }\n      ": typeof types.PermissionsCreateUnitDocument,
    "\n        mutation PermissionsUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { sortOrder: 1 }) {\n            id\n          }\n        }\n      ": typeof types.PermissionsUpdateUnitDocument,
    "\n        mutation PermissionsCreatePersonId($u: ID!) {\n          createPerson(input: { name: \"新人\", unitId: $u }) {\n            id\n          }\n        }\n      ": typeof types.PermissionsCreatePersonIdDocument,
    "\n        mutation PermissionsUpdatePerson($id: ID!) {\n          updatePerson(id: $id, input: { title: \"委员\" }) {\n            id\n          }\n        }\n      ": typeof types.PermissionsUpdatePersonDocument,
    "\n        mutation CreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      ": typeof types.CreatePositionIdDocument,
    "\n        mutation UpdatePositionId($id: ID!) {\n          updatePosition(id: $id, input: { endDate: \"2026-12-31\" }) {\n            id\n          }\n        }\n      ": typeof types.UpdatePositionIdDocument,
    "\n        mutation UpdateStarOwner($id: ID!) {\n          updateStarOwner(id: $id, input: { endDate: \"2030-12-31\" }) {\n            id\n          }\n        }\n      ": typeof types.UpdateStarOwnerDocument,
    "\n        mutation PermissionsCreateDepartment($d: ID!, $c: String!) {\n          createDepartment(input: { districtId: $d, code: $c, name: \"测试部门\" }) {\n            id\n          }\n        }\n      ": typeof types.PermissionsCreateDepartmentDocument,
    "\n        mutation UpdateDepartment($id: ID!) {\n          updateDepartment(id: $id, input: { sortOrder: 3 }) {\n            id\n          }\n        }\n      ": typeof types.UpdateDepartmentDocument,
    "\n        mutation CreateTaskForce($d: ID!, $s: String!, $l: ID!) {\n          createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) {\n            id\n          }\n        }\n      ": typeof types.CreateTaskForceDocument,
    "\n        mutation UpdateTaskForce($id: ID!) {\n          updateTaskForce(id: $id, input: { name: \"专班改名\" }) {\n            id\n          }\n        }\n      ": typeof types.UpdateTaskForceDocument,
    "\n        mutation CreateContactPoint($l: ID!, $u: ID!) {\n          createContactPoint(input: { leaderId: $l, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      ": typeof types.CreateContactPointDocument,
    "\n        mutation UpdateContactPoint($id: ID!) {\n          updateContactPoint(id: $id, input: { note: \"长板：产业\" }) {\n            id\n          }\n        }\n      ": typeof types.UpdateContactPointDocument,
    "\n        mutation CreateStarType($c: String!) {\n          createStarType(input: { code: $c, nameZh: \"星\", nameEn: \"Star\", categories: [RURAL] }) {\n            code\n          }\n        }\n      ": typeof types.CreateStarTypeDocument,
    "\n        mutation UpdateStarType {\n          updateStarType(code: \"STRONG_BRANCH\", input: { sortOrder: 5 }) {\n            code\n          }\n        }\n      ": typeof types.UpdateStarTypeDocument,
    "\n        mutation CreateKeyTask($c: String!) {\n          createKeyTask(\n            input: { edition: 2026, code: $c, starCode: \"STRONG_BRANCH\", category: RURAL, title: \"测试任务\" }\n          ) {\n            id\n          }\n        }\n      ": typeof types.CreateKeyTaskDocument,
    "\n        mutation UpdateKeyTask($id: ID!) {\n          updateKeyTask(id: $id, input: { weight: 4 }) {\n            id\n          }\n        }\n      ": typeof types.UpdateKeyTaskDocument,
    "\n  mutation PgBouncerLogin($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n      user {\n        unitId\n      }\n    }\n  }\n": typeof types.PgBouncerLoginDocument,
    "\n  query PgBouncerCampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      asOf\n      figures {\n        dailyReports {\n          submitted\n          expected\n        }\n      }\n      byChild {\n        unitId\n        unitName\n      }\n    }\n  }\n": typeof types.PgBouncerCampaignStatsDocument,
    "\n          query PlansBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.PlansBranchesDocument,
    "\n          query PlanItemsTotal {\n            planItems(filter: { overdue: true, year: 2026 }) {\n              total\n            }\n          }\n        ": typeof types.PlanItemsTotalDocument,
    "\n          query PlansBranchesItems {\n            branches(perPage: 100) {\n              items {\n                starLevel\n              }\n            }\n          }\n        ": typeof types.PlansBranchesItemsDocument,
    "\n            query PlansBranchesTotalItems($l: Int) {\n              branches(filter: { starLevel: $l }, perPage: 100) {\n                total\n                items {\n                  starLevel\n                }\n              }\n            }\n          ": typeof types.PlansBranchesTotalItemsDocument,
    "\n            query PlansBranchesTotal($w: ID) {\n              branches(filter: { starLevel: 0, withinId: $w }) {\n                total\n              }\n            }\n          ": typeof types.PlansBranchesTotalDocument,
    "\n        query PlansBranchesTotal2 {\n          branches(filter: { starLevel: 6 }) {\n            total\n          }\n        }\n      ": typeof types.PlansBranchesTotal2Document,
    "\n          mutation CreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2027\n                title: \"2027年创星计划\"\n                stars: [\n                  { starCode: \"STRONG_BRANCH\", intent: KEEP }\n                  { starCode: \"INDUSTRY_PROSPERITY\", intent: TARGET }\n                  { starCode: \"SAFETY_AND_RULE_OF_LAW\", intent: STRIVE }\n                ]\n              }\n            ) {\n              id\n              level\n              unitId\n              stars {\n                starCode\n                intent\n              }\n            }\n          }\n        ": typeof types.CreatePlanDocument,
    "\n            mutation CreatePlanId($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2027, title: \"重复\" }) {\n                id\n              }\n            }\n          ": typeof types.CreatePlanIdDocument,
    "\n            mutation PlansCreatePlan($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2028, title: \"x\" }) {\n                id\n              }\n            }\n          ": typeof types.PlansCreatePlanDocument,
    "\n            mutation PlansCreatePlanId($u: ID!) {\n              createPlan(\n                input: { unitId: $u, year: 2027, title: \"x\", stars: [{ starCode: \"STRONG_BRANCH\", intent: KEEP }] }\n              ) {\n                id\n              }\n            }\n          ": typeof types.PlansCreatePlanIdDocument,
    "\n          query PlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2027 }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.PlansItemsDocument,
    "\n          mutation CreatePlanItem($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"建设集体经济项目\", deadline: \"2027-06-30\" }) {\n              id\n              status\n              progress\n              overdue\n              milestones {\n                id\n                title\n                dueDate\n              }\n            }\n          }\n        ": typeof types.CreatePlanItemDocument,
    "\n          mutation UpdatePlanMilestone($id: ID!) {\n            updatePlanMilestone(id: $id, input: { dueDate: \"2027-04-15\", doneOn: \"2027-03-01\" }) {\n              dueDate\n              doneOn\n            }\n          }\n        ": typeof types.UpdatePlanMilestoneDocument,
    "\n            mutation UpdatePlanMilestoneDueDate($id: ID!) {\n              updatePlanMilestone(id: $id, input: { dueDate: \"2027-07-15\" }) {\n                dueDate\n              }\n            }\n          ": typeof types.UpdatePlanMilestoneDueDateDocument,
    "\n          mutation UpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        ": typeof types.UpdatePlanItemDocument,
    "\n          mutation UpdatePlanItemStatusProgressCompletedAt($id: ID!) {\n            updatePlanItem(id: $id, input: { progress: 40 }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        ": typeof types.UpdatePlanItemStatusProgressCompletedAtDocument,
    "\n            mutation UpdatePlanItemId($id: ID!) {\n              updatePlanItem(id: $id, input: { progress: 140 }) {\n                id\n              }\n            }\n          ": typeof types.UpdatePlanItemIdDocument,
    "\n          mutation CreatePlanItemId($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"边界任务\", deadline: \"2027-03-31\" }) {\n              id\n            }\n          }\n        ": typeof types.CreatePlanItemIdDocument,
    "\n      query PlanItemsByOverdue($p: ID!) {\n        all: planItems(filter: { planId: $p }) {\n          items {\n            id\n            overdue\n          }\n        }\n        late: planItems(filter: { planId: $p, overdue: true }) {\n          items {\n            id\n          }\n        }\n        onTime: planItems(filter: { planId: $p, overdue: false }) {\n          items {\n            id\n          }\n        }\n      }\n    ": typeof types.PlanItemsByOverdueDocument,
    "\n          mutation PlansUpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              id\n            }\n          }\n        ": typeof types.PlansUpdatePlanItemDocument,
    "\n          query PlansPlans {\n            plans(filter: { year: 2026, level: DISTRICT }) {\n              items {\n                id\n                level\n                unit {\n                  id\n                }\n                rollup {\n                  total\n                  done\n                  overdue\n                  completion\n                  units\n                }\n              }\n            }\n          }\n        ": typeof types.PlansPlansDocument,
    "\n          query PlansPlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                rollup {\n                  total\n                  units\n                }\n              }\n            }\n          }\n        ": typeof types.PlansPlansItemsDocument,
    "\n          query BattleMap($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n              rows {\n                unitId\n                unitName\n                unitLevel\n                total\n                notStarted\n                inProgress\n                done\n                overdue\n                nextDeadline\n                completion\n                starLevel\n                branches\n                branchesByLevel\n                keepStars\n                targetStars\n                striveStars\n              }\n            }\n          }\n        ": typeof types.BattleMapDocument,
    "\n          query BattleMapRows($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              rows {\n                unitLevel\n                starLevel\n                total\n                targetStars\n              }\n            }\n          }\n        ": typeof types.BattleMapRowsDocument,
    "\n          query BattleMapAsOf($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n            }\n          }\n        ": typeof types.BattleMapAsOfDocument,
    "\n      query BattleMapAsOfUnitRows($u: ID!) {\n        battleMap(unitId: $u, year: 2026) {\n          asOf\n          unit {\n            name\n          }\n          rows {\n            unitId\n            total\n            overdue\n            nextDeadline\n            completion\n            starLevel\n            branchesByLevel\n            targetStars\n          }\n        }\n      }\n    ": typeof types.BattleMapAsOfUnitRowsDocument,
    "\n  mutation PubCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n      bodyHtml\n      version\n      images {\n        id\n      }\n      cover {\n        id\n      }\n    }\n  }\n": typeof types.PubCreatePostDocument,
    "\n  mutation PubUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      status\n      bodyHtml\n    }\n  }\n": typeof types.PubUpdatePostDocument,
    "\n  mutation PubSubmitPost($id: ID!) {\n    submitPost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PubSubmitPostDocument,
    "\n  mutation PubReviewPost($id: ID!, $input: ReviewPostInput!) {\n    reviewPost(id: $id, input: $input) {\n      id\n      status\n      live\n      scheduled\n      publishedAt\n      lastComment\n    }\n  }\n": typeof types.PubReviewPostDocument,
    "\n  mutation PubWithdrawPost($id: ID!, $comment: String!) {\n    withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n      live\n    }\n  }\n": typeof types.PubWithdrawPostDocument,
    "\n  query PubPost($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      events {\n        action\n        fromStatus\n        toStatus\n        byName\n        at\n        comment\n      }\n    }\n  }\n": typeof types.PubPostDocument,
    "\n  query PubPosts($filter: PostFilterInput) {\n    posts(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        status\n        title\n      }\n    }\n  }\n": typeof types.PubPostsDocument,
    "\n  query PubPublished($unitId: ID, $first: Int, $after: String) {\n    publishedPosts(unitId: $unitId, first: $first, after: $after) {\n      nextCursor\n      items {\n        id\n        title\n        contentHtml\n        unitName\n        coverUrl\n        coverThumbnailUrl\n        contentHtmlAbsolute\n        coverAbsoluteUrl\n        coverThumbnailAbsoluteUrl\n      }\n    }\n  }\n": typeof types.PubPublishedDocument,
    "\n            query PubPreview($format: PostFormat!, $body: String!) {\n              postPreview(format: $format, body: $body)\n            }\n          ": typeof types.PubPreviewDocument,
    "\n          query MeUsername {\n            me {\n              username\n            }\n          }\n        ": typeof types.MeUsernameDocument,
    "\n              mutation WrongPasswordOf($u: String!) {\n                login(username: $u, password: \"x\") {\n                  token\n                }\n              }\n            ": typeof types.WrongPasswordOfDocument,
    "\n          mutation RateLimitsCreateApiToken($u: ID!) {\n            createApiToken(input: { name: \"限流测试\", unitId: $u }) {\n              token\n            }\n          }\n        ": typeof types.RateLimitsCreateApiTokenDocument,
    "\n              query BranchesTotal {\n                branches(perPage: 1) {\n                  total\n                }\n              }\n            ": typeof types.BranchesTotalDocument,
    "\n      query BranchProfile($id: ID!) {\n        branchProfile(id: $id) {\n          year\n        }\n      }\n    ": typeof types.BranchProfileDocument,
    "\n      query UnitId($id: ID!) {\n        unit(id: $id) {\n          id\n        }\n      }\n    ": typeof types.UnitIdDocument,
    "\n  query MeId {\n    me {\n      id\n    }\n  }\n": typeof types.MeIdDocument,
    "\n          query RestEdgeBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.RestEdgeBranchesDocument,
    "\n          query RestEdgeBranchesItems {\n            branches(perPage: 5, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.RestEdgeBranchesItemsDocument,
    "\n            query ScopeBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  name\n                  version\n                  township {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          ": typeof types.ScopeBranchesDocument,
    "\n            query ScopeBranchesTotal {\n              branches {\n                total\n              }\n            }\n          ": typeof types.ScopeBranchesTotalDocument,
    "\n          query ScopeBranchesAndUnits {\n            branches(perPage: 100) {\n              total\n              items {\n                id\n                township {\n                  name\n                }\n              }\n            }\n            units(perPage: 100) {\n              total\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ScopeBranchesAndUnitsDocument,
    "\n          query ScopeBranchesTotal2 {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        ": typeof types.ScopeBranchesTotal2Document,
    "\n      query BranchIdName($id: ID!) {\n        branch(id: $id) {\n          id\n          name\n        }\n      }\n    ": typeof types.BranchIdNameDocument,
    "\n            query UnitId($id: ID!) {\n              unit(id: $id) {\n                id\n              }\n            }\n          ": typeof types.UnitIdDocument,
    "\n            query ScopeAccountabilityChain($id: ID!) {\n              accountabilityChain(branchId: $id, starCode: \"STRONG_BRANCH\") {\n                date\n              }\n            }\n          ": typeof types.ScopeAccountabilityChainDocument,
    "\n      query PeopleAndPositionsAndStarOwnersEtc {\n        people(perPage: 100) {\n          total\n          items {\n            unit {\n              id\n            }\n          }\n        }\n        positions(perPage: 100) {\n          total\n          items {\n            scope: unit {\n              id\n            }\n          }\n        }\n        starOwners(perPage: 100) {\n          total\n        }\n        contactPoints(perPage: 100) {\n          total\n          items {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.PeopleAndPositionsAndStarOwnersEtcDocument,
    "\n          query DepartmentsAndTaskForces {\n            departments {\n              total\n            }\n            taskForces {\n              total\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.DepartmentsAndTaskForcesDocument,
    "\n      mutation UpdateUnitIdNameVersion($id: ID!, $v: Int) {\n        updateUnit(id: $id, input: { name: \"樱桃沟社区（改）\", version: $v }) {\n          id\n          name\n          version\n        }\n      }\n    ": typeof types.UpdateUnitIdNameVersionDocument,
    "\n          query BranchName($id: ID!) {\n            branch(id: $id) {\n              name\n            }\n          }\n        ": typeof types.BranchNameDocument,
    "\n          mutation ScopeUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        ": typeof types.ScopeUpdateUnitDocument,
    "\n            mutation UpdateUnitId($id: ID!) {\n              updateUnit(id: $id, input: { name: \"x\" }) {\n                id\n              }\n            }\n          ": typeof types.UpdateUnitIdDocument,
    "\n          mutation CreateStarTypeCode {\n            createStarType(input: { code: \"X\", nameZh: \"x\", nameEn: \"x\", categories: [RURAL] }) {\n              code\n            }\n          }\n        ": typeof types.CreateStarTypeCodeDocument,
    "\n      mutation CreateDepartmentIdName($d: ID!) {\n        createDepartment(input: { districtId: $d, code: \"TEST\", name: \"测试部门\" }) {\n          id\n          name\n        }\n      }\n    ": typeof types.CreateDepartmentIdNameDocument,
    "\n          mutation ScopeCreatePerson($u: ID!) {\n            createPerson(input: { name: \"新委员\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.ScopeCreatePersonDocument,
    "\n        mutation CreatePositionIdActive($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n            active\n          }\n        }\n      ": typeof types.CreatePositionIdActiveDocument,
    "\n          mutation ScopeCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"某人\", unitId: $u }) {\n              id\n            }\n          }\n        ": typeof types.ScopeCreatePersonIdDocument,
    "\n          mutation ScopeCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: TOWNSHIP_SECRETARY, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        ": typeof types.ScopeCreatePositionDocument,
    "\n          query StarOwnersTotalItems {\n            starOwners(perPage: 100) {\n              total\n              items {\n                starCode\n              }\n            }\n          }\n        ": typeof types.StarOwnersTotalItemsDocument,
    "\n          query ScopeBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.ScopeBranchesItemsDocument,
    "\n      query AccountabilityChainLinks($b: ID!, $s: String!) {\n        accountabilityChain(branchId: $b, starCode: $s) {\n          links {\n            role\n          }\n        }\n      }\n    ": typeof types.AccountabilityChainLinksDocument,
    "\n              query MeUsername {\n                me {\n                  username\n                }\n              }\n            ": typeof types.MeUsernameDocument,
    "\n          mutation Logout {\n            logout\n          }\n        ": typeof types.LogoutDocument,
    "\n            query BranchesTotal {\n              branches(perPage: 1) {\n                total\n              }\n            }\n          ": typeof types.BranchesTotalDocument,
    "\n            query BranchesAndUnitsAndPeopleEtc {\n              branches(perPage: 1) {\n                total\n              }\n              units {\n                total\n              }\n              people {\n                total\n              }\n              departments {\n                total\n              }\n            }\n          ": typeof types.BranchesAndUnitsAndPeopleEtcDocument,
    "\n      query MeUsername {\n        me {\n          username\n        }\n      }\n    ": typeof types.MeUsernameDocument,
    "\n        mutation SessionCacheChangePassword {\n          changePassword(currentPassword: \"not-the-password\", newPassword: \"Session-Cache-2026\") {\n            mustChangePassword\n          }\n        }\n      ": typeof types.SessionCacheChangePasswordDocument,
    "\n          query StarsEvidenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsEvidenceBranchesDocument,
    "\n          query StarsEvidenceKeyTasks {\n            keyTasks(perPage: 1, filter: { starCode: \"STRONG_BRANCH\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsEvidenceKeyTasksDocument,
    "\n          mutation ApplyForStarIdItems($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n              items {\n                evidence {\n                  id\n                  name\n                  mimeType\n                  url\n                }\n              }\n            }\n          }\n        ": typeof types.ApplyForStarIdItemsDocument,
    "\n          query StarsEvidencePlans($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsEvidencePlansDocument,
    "\n          mutation CreatePlanItemIdEvidence($p: ID!, $f: [ID!]) {\n            createPlanItem(input: { planId: $p, title: \"阵地建设\", deadline: \"2026-12-20\", evidenceFileIds: $f }) {\n              id\n              evidence {\n                id\n              }\n            }\n          }\n        ": typeof types.CreatePlanItemIdEvidenceDocument,
    "\n          mutation UpdatePlanItemEvidence($id: ID!, $f: [ID!]) {\n            updatePlanItem(id: $id, input: { progress: 80, evidenceFileIds: $f }) {\n              evidence {\n                id\n              }\n            }\n          }\n        ": typeof types.UpdatePlanItemEvidenceDocument,
    "\n          query MeAndBranches {\n            me {\n              id\n            }\n            branches(perPage: 100) {\n              items {\n                id\n                name\n                starLevel\n              }\n            }\n          }\n        ": typeof types.MeAndBranchesDocument,
    "\n          query StarsKitBranches {\n            branches(perPage: 100, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsKitBranchesDocument,
    "\n          query BranchProfileBranchYearTasks($id: ID!) {\n            branchProfile(id: $id, year: 2026) {\n              branch {\n                name\n              }\n              year\n              tasks {\n                code\n                title\n                starCode\n              }\n              baseline {\n                label\n                value\n              }\n              measures {\n                title\n                deadline\n                status\n                overdue\n              }\n              mechanisms {\n                title\n              }\n              ratingMethod\n            }\n          }\n        ": typeof types.BranchProfileBranchYearTasksDocument,
    "\n            query BranchProfile($id: ID!) {\n              branchProfile(id: $id) {\n                year\n              }\n            }\n          ": typeof types.BranchProfileDocument,
    "\n          query StarsKitPlanItems($id: ID!) {\n            planItems(filter: { unitId: $id, year: 2026 }) {\n              items {\n                title\n                deadline\n              }\n            }\n          }\n        ": typeof types.StarsKitPlanItemsDocument,
    "\n  fragment ApplicationFields on StarApplication {\n    id\n    status\n    allowedActions\n    noticeStartsOn\n    noticeEndsOn\n    selfScore\n    starCode\n    branchId\n    items {\n      keyTaskId\n      met\n      score\n    }\n    transitions {\n      fromStatus\n      toStatus\n      decision\n      actorName\n      comment\n      at\n    }\n    objections {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n        mutation ApplyForTestStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            ...ApplicationFields\n          }\n        }\n      ": typeof types.ApplyForTestStarDocument,
    "\n        mutation ReviewTestApplication($id: ID!, $i: ReviewStarApplicationInput!) {\n          reviewStarApplication(id: $id, input: $i) {\n            ...ApplicationFields\n          }\n        }\n      ": typeof types.ReviewTestApplicationDocument,
    "\n          query TestApplication($id: ID!) {\n            starApplication(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        ": typeof types.TestApplicationDocument,
    "\n          query BranchStarLevel($id: ID!) {\n            branch(id: $id) {\n              starLevel\n            }\n          }\n        ": typeof types.BranchStarLevelDocument,
    "\n            query StarsLifecycleBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  category\n                }\n              }\n            }\n          ": typeof types.StarsLifecycleBranchesDocument,
    "\n          query StarsLifecycleKeyTasks($c: BranchCategory) {\n            keyTasks(perPage: 100, filter: { starCode: \"INDUSTRY_PROSPERITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsLifecycleKeyTasksDocument,
    "\n            query StarsLifecycleKeyTasksItems($s: String, $c: BranchCategory) {\n              keyTasks(perPage: 3, filter: { starCode: $s, category: $c }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.StarsLifecycleKeyTasksItemsDocument,
    "\n          mutation FinalizeStarAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              status\n            }\n          }\n        ": typeof types.FinalizeStarAwardDocument,
    "\n            mutation FinalizeStarAward($id: ID!) {\n              finalizeStarAward(id: $id) {\n                status\n              }\n            }\n          ": typeof types.FinalizeStarAwardDocument,
    "\n          mutation FinalizeTestAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        ": typeof types.FinalizeTestAwardDocument,
    "\n          query BranchStarsStarHistory($id: ID!) {\n            branch(id: $id) {\n              stars(year: 2026) {\n                starCode\n                status\n                since\n                applicationStatus\n              }\n              starHistory {\n                starCode\n                kind\n                date\n              }\n            }\n          }\n        ": typeof types.BranchStarsStarHistoryDocument,
    "\n          query StarsLifecycleKeyTasksItems2 {\n            keyTasks(perPage: 1, filter: { starCode: \"ECOLOGICAL_LIVABILITY\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsLifecycleKeyTasksItems2Document,
    "\n          query StarsLifecycleKeyTasksItems3($c: BranchCategory) {\n            keyTasks(perPage: 5, filter: { starCode: \"ECOLOGICAL_LIVABILITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsLifecycleKeyTasksItems3Document,
    "\n          mutation ResubmitTwiceTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              id\n            }\n          }\n        ": typeof types.ResubmitTwiceTestApplicationDocument,
    "\n          mutation ResubmitTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              ...ApplicationFields\n            }\n          }\n        ": typeof types.ResubmitTestApplicationDocument,
    "\n            mutation ResubmitStarApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n              resubmitStarApplication(id: $id, input: $i) {\n                id\n              }\n            }\n          ": typeof types.ResubmitStarApplicationDocument,
    "\n          query StarsLifecycleKeyTasksItems4 {\n            keyTasks(perPage: 3, filter: { starCode: \"CIVILITY_AND_HAPPINESS\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.StarsLifecycleKeyTasksItems4Document,
    "\n          mutation FileObjection($id: ID!, $r: String!) {\n            fileObjection(applicationId: $id, reason: $r) {\n              id\n              status\n            }\n          }\n        ": typeof types.FileObjectionDocument,
    "\n            mutation ResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: true) {\n                id\n              }\n            }\n          ": typeof types.ResolveObjectionDocument,
    "\n            mutation FinalizeStarAwardId($id: ID!) {\n              finalizeStarAward(id: $id) {\n                id\n              }\n            }\n          ": typeof types.FinalizeStarAwardIdDocument,
    "\n          mutation ResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: true, comment: \"经核实属实\") {\n              status\n            }\n          }\n        ": typeof types.ResolveObjectionStatusDocument,
    "\n            mutation StarsLifecycleResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: false) {\n                status\n              }\n            }\n          ": typeof types.StarsLifecycleResolveObjectionDocument,
    "\n          mutation StarsLifecycleResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: false, comment: \"不属实\") {\n              status\n            }\n          }\n        ": typeof types.StarsLifecycleResolveObjectionStatusDocument,
    "\n            mutation RevokeStar($b: ID!) {\n              revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"x\") {\n                id\n              }\n            }\n          ": typeof types.RevokeStarDocument,
    "\n          mutation RevokeStarStarCodeSinceUntil($b: ID!) {\n            revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"发生安全事故（三零）\") {\n              starCode\n              since\n              until\n              endKind\n              endReason\n            }\n          }\n        ": typeof types.RevokeStarStarCodeSinceUntilDocument,
    "\n          mutation DowngradeStar($b: ID!) {\n            downgradeStar(branchId: $b, starCode: \"CIVILITY_AND_HAPPINESS\", reason: \"整改未到位\") {\n              id\n            }\n          }\n        ": typeof types.DowngradeStarDocument,
    "\n          query BranchStarHistory($id: ID!) {\n            branch(id: $id) {\n              starHistory {\n                starCode\n                kind\n                date\n                reason\n              }\n            }\n          }\n        ": typeof types.BranchStarHistoryDocument,
    "\n          mutation StarsLifecycleCreateStarType {\n            createStarType(\n              input: {\n                code: \"LIVELIHOOD_SERVICE\"\n                nameZh: \"民生服务星\"\n                nameEn: \"Livelihood service\"\n                categories: [COMMUNITY, RURAL]\n              }\n            ) {\n              code\n            }\n          }\n        ": typeof types.StarsLifecycleCreateStarTypeDocument,
    "\n          mutation CreateKeyTaskId {\n            createKeyTask(\n              input: {\n                edition: 2026\n                code: \"LS-01\"\n                starCode: \"LIVELIHOOD_SERVICE\"\n                category: COMMUNITY\n                title: \"便民服务\"\n              }\n            ) {\n              id\n            }\n          }\n        ": typeof types.CreateKeyTaskIdDocument,
    "\n          mutation PairBranches($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w, note: \"产业帮扶\" }) {\n              id\n              startDate\n              strongBranch {\n                id\n              }\n              weakBranch {\n                id\n              }\n            }\n          }\n        ": typeof types.PairBranchesDocument,
    "\n            query BranchPairings($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  id\n                  note\n                  strongBranch {\n                    id\n                  }\n                  weakBranch {\n                    id\n                  }\n                }\n              }\n            }\n          ": typeof types.BranchPairingsDocument,
    "\n            mutation PairBranchesId($s: ID!, $w: ID!) {\n              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n                id\n              }\n            }\n          ": typeof types.PairBranchesIdDocument,
    "\n            query Units {\n              units(filter: { level: DISTRICT }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.UnitsDocument,
    "\n          mutation CreateRestartTownship($parentId: ID!) {\n            createUnit(\n              input: { name: \"重启测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $parentId }\n            ) {\n              id\n            }\n          }\n        ": typeof types.CreateRestartTownshipDocument,
    "\n          query UnitsTotal {\n            units(filter: { search: \"重启测试街道\" }) {\n              total\n            }\n          }\n        ": typeof types.UnitsTotalDocument,
    "\n              query StartBranches {\n                branches {\n                  total\n                }\n              }\n            ": typeof types.StartBranchesDocument,
    "\n  fragment AllFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n": typeof types.AllFiguresFragmentDoc,
    "\n  query CampaignStatsWithChildren($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...AllFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...AllFigures\n        }\n      }\n    }\n  }\n": typeof types.CampaignStatsWithChildrenDocument,
    "\n      query Trend($u: ID!, $m: StatsMetric!, $f: String!, $t: String!, $i: TrendInterval) {\n        trend(unitId: $u, metric: $m, from: $f, to: $t, interval: $i) {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n    ": typeof types.TrendDocument,
    "\n      query AverageLevelTrend($u: ID!, $f: String!, $t: String!) {\n        trend(unitId: $u, metric: AVERAGE_LEVEL, from: $f, to: $t) {\n          value\n        }\n      }\n    ": typeof types.AverageLevelTrendDocument,
    "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    status\n    plannedFor\n    targetUnitId\n    teamId\n    findingCount\n  }\n": typeof types.SpotCheckFieldsFragmentDoc,
    "\n  query SpotChecksTotalItems($f: SpotCheckFilterInput) {\n    spotChecks(filter: $f, perPage: 100) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": typeof types.SpotChecksTotalItemsDocument,
    "\n  query SupervisionStats {\n    supervisionStats {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      closedRectifications\n    }\n  }\n": typeof types.SupervisionStatsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    status\n    reopenCount\n    overdue\n    deadline\n    events {\n      action\n      fromStatus\n      toStatus\n      byName\n      comment\n    }\n  }\n": typeof types.RectificationFieldsFragmentDoc,
    "\n          query SupervisionBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.SupervisionBranchesDocument,
    "\n        mutation SupervisionCreateApiToken($u: ID!) {\n          createApiToken(input: { name: \"看板\", unitId: $u }) {\n            token\n          }\n        }\n      ": typeof types.SupervisionCreateApiTokenDocument,
    "\n        mutation CreateSupervisionTeam($i: CreateSupervisionTeamInput!) {\n          createSupervisionTeam(input: $i) {\n            id\n            members {\n              username\n            }\n          }\n        }\n      ": typeof types.CreateSupervisionTeamDocument,
    "\n        query Supervisors($u: ID!) {\n          supervisors(unitId: $u) {\n            username\n          }\n        }\n      ": typeof types.SupervisorsDocument,
    "\n            query Supervisors($u: ID!) {\n              supervisors(unitId: $u) {\n                username\n              }\n            }\n          ": typeof types.SupervisorsDocument,
    "\n          query SupervisionKeyTasks {\n            keyTasks(perPage: 3, filter: { category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.SupervisionKeyTasksDocument,
    "\n        mutation PlanTestSpotCheck($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            ...SpotCheckFields\n          }\n        }\n      ": typeof types.PlanTestSpotCheckDocument,
    "\n            query FindingsTotal($s: ID) {\n              findings(filter: { spotCheckId: $s }) {\n                total\n              }\n            }\n          ": typeof types.FindingsTotalDocument,
    "\n            query Finding($x: ID!) {\n              finding(id: $x) {\n                id\n              }\n            }\n          ": typeof types.FindingDocument,
    "\n          mutation RecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"试探\" }) {\n              id\n            }\n          }\n        ": typeof types.RecordFindingDocument,
    "\n              query SpotCheckIdTargetUnit($x: ID!) {\n                spotCheck(id: $x) {\n                  id\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            ": typeof types.SpotCheckIdTargetUnitDocument,
    "\n        mutation StartSpotCheck($x: ID!) {\n          startSpotCheck(id: $x, input: { location: \"社区党群服务中心\" }) {\n            status\n          }\n        }\n      ": typeof types.StartSpotCheckDocument,
    "\n        mutation RecordFindingIdStarCode($x: ID!, $k: ID) {\n          recordFinding(spotCheckId: $x, input: { keyTaskId: $k, severity: MAJOR, description: \"台账不全\" }) {\n            id\n            starCode\n          }\n        }\n      ": typeof types.RecordFindingIdStarCodeDocument,
    "\n        query SupervisionAuditEntries($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n            items {\n              operation\n            }\n          }\n        }\n      ": typeof types.SupervisionAuditEntriesDocument,
    "\n        mutation CompleteSpotCheck($x: ID!, $i: CompleteSpotCheckInput!) {\n          completeSpotCheck(id: $x, input: $i) {\n            status\n            overallScore\n          }\n        }\n      ": typeof types.CompleteSpotCheckDocument,
    "\n          query SpotCheckStatusFindingsScores($x: ID!) {\n            spotCheck(id: $x) {\n              status\n              findings {\n                description\n              }\n              scores {\n                score\n              }\n            }\n          }\n        ": typeof types.SpotCheckStatusFindingsScoresDocument,
    "\n        mutation RecordFindingIdEvidence($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"公示栏破损\", evidenceFileIds: $e }) {\n            id\n            evidence {\n              id\n              name\n              mimeType\n            }\n          }\n        }\n      ": typeof types.RecordFindingIdEvidenceDocument,
    "\n        mutation RecordFindingId($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"x\", evidenceFileIds: $e }) {\n            id\n          }\n        }\n      ": typeof types.RecordFindingIdDocument,
    "\n        mutation CompleteSpotCheckId($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n            id\n          }\n        }\n      ": typeof types.CompleteSpotCheckIdDocument,
    "\n      query SupervisionSpotChecks($u: ID) {\n        spotChecks(filter: { withinId: $u, status: PLANNED }) {\n          total\n          items {\n            targetUnit {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.SupervisionSpotChecksDocument,
    "\n            query SupervisionSpotChecksTotalItems {\n              spotChecks {\n                total\n                items {\n                  status\n                }\n              }\n            }\n          ": typeof types.SupervisionSpotChecksTotalItemsDocument,
    "\n        query SpotChecksAndRectificationsAndRectificationsEtc {\n          a: spotChecks(filter: { status: IN_PROGRESS }) {\n            total\n          }\n          r1: rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n          r2: rectifications(filter: { status: SUBMITTED }) {\n            total\n          }\n          r3: rectifications(filter: { status: CLOSED }) {\n            total\n          }\n          o: rectifications(filter: { overdue: true }) {\n            total\n          }\n        }\n      ": typeof types.SpotChecksAndRectificationsAndRectificationsEtcDocument,
    "\n        query RectificationsTotal {\n          rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n        }\n      ": typeof types.RectificationsTotalDocument,
    "\n        query SupervisionAuditEntriesTotal($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n          }\n        }\n      ": typeof types.SupervisionAuditEntriesTotalDocument,
    "\n        query AuditEntriesItems {\n          auditEntries(perPage: 100, filter: { targetType: \"SpotCheck\" }) {\n            items {\n              targetId\n            }\n          }\n        }\n      ": typeof types.AuditEntriesItemsDocument,
    "\n      mutation StartSpotCheckIdStatusVersion($x: ID!) {\n        startSpotCheck(id: $x, input: { clientMutationId: \"start-0001-abc\", location: \"村委会\" }) {\n          id\n          status\n          version\n        }\n      }\n    ": typeof types.StartSpotCheckIdStatusVersionDocument,
    "\n      mutation SupervisionRecordFinding($x: ID!) {\n        recordFinding(\n          spotCheckId: $x\n          input: { clientMutationId: \"finding-0001-abc\", severity: CRITICAL, description: \"公示栏未更新\" }\n        ) {\n          id\n        }\n      }\n    ": typeof types.SupervisionRecordFindingDocument,
    "\n        mutation SupervisionRecordFindingId($x: ID!) {\n          recordFinding(\n            spotCheckId: $x\n            input: { clientMutationId: \"finding-0001-abc\", severity: MINOR, description: \"别的\" }\n          ) {\n            id\n          }\n        }\n      ": typeof types.SupervisionRecordFindingIdDocument,
    "\n      mutation CompleteSpotCheckIdStatus($x: ID!) {\n        completeSpotCheck(id: $x, input: { clientMutationId: \"complete-0001\", summary: \"完成\", methodAttested: true }) {\n          id\n          status\n        }\n      }\n    ": typeof types.CompleteSpotCheckIdStatusDocument,
    "\n        mutation SupervisionRecordFindingId2($x: ID!) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"早\" }) {\n            id\n          }\n        }\n      ": typeof types.SupervisionRecordFindingId2Document,
    "\n        mutation SupervisionCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"x\", methodAttested: false }) {\n            id\n          }\n        }\n      ": typeof types.SupervisionCompleteSpotCheckDocument,
    "\n        mutation PlanSpotCheckId($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            id\n          }\n        }\n      ": typeof types.PlanSpotCheckIdDocument,
    "\n          mutation StartSpotCheckId($x: ID!) {\n            startSpotCheck(id: $x, input: {}) {\n              id\n            }\n          }\n        ": typeof types.StartSpotCheckIdDocument,
    "\n                mutation SupervisionRecordFindingId3($x: ID!, $d: String!) {\n                  recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: $d }) {\n                    id\n                  }\n                }\n              ": typeof types.SupervisionRecordFindingId3Document,
    "\n          mutation AssignRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n            }\n          }\n        ": typeof types.AssignRectificationDocument,
    "\n          mutation CompleteSpotCheckId($x: ID!) {\n            completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n              id\n            }\n          }\n        ": typeof types.CompleteSpotCheckIdDocument,
    "\n          mutation AssignTestRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              ...RectificationFields\n            }\n          }\n        ": typeof types.AssignTestRectificationDocument,
    "\n              query RectificationStatusFinding($x: ID!) {\n                rectification(id: $x) {\n                  status\n                  finding {\n                    description\n                  }\n                }\n              }\n            ": typeof types.RectificationStatusFindingDocument,
    "\n            mutation SubmitTestRectification($x: ID!, $n: String!) {\n              submitRectification(id: $x, input: { note: $n }) {\n                ...RectificationFields\n              }\n            }\n          ": typeof types.SubmitTestRectificationDocument,
    "\n            mutation VerifyTestRectification($x: ID!, $a: Boolean!, $c: String) {\n              verifyRectification(id: $x, input: { accept: $a, comment: $c }) {\n                ...RectificationFields\n              }\n            }\n          ": typeof types.VerifyTestRectificationDocument,
    "\n          mutation SubmitRectification($x: ID!, $e: [ID!]) {\n            submitRectification(id: $x, input: { note: \"已补齐\", evidenceFileIds: $e }) {\n              status\n              evidence {\n                name\n              }\n            }\n          }\n        ": typeof types.SubmitRectificationDocument,
    "\n          mutation SubmitRectificationId($x: ID!) {\n            submitRectification(id: $x, input: { note: \"再交\" }) {\n              id\n            }\n          }\n        ": typeof types.SubmitRectificationIdDocument,
    "\n          mutation AssignRectificationIdOverdue($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n              overdue\n            }\n          }\n        ": typeof types.AssignRectificationIdOverdueDocument,
    "\n              query RectificationOverdue($x: ID!) {\n                rectification(id: $x) {\n                  overdue\n                }\n              }\n            ": typeof types.RectificationOverdueDocument,
    "\n          query RectificationsItems {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n                overdue\n              }\n            }\n          }\n        ": typeof types.RectificationsItemsDocument,
    "\n          mutation SupervisionSubmitRectification($x: ID!) {\n            submitRectification(id: $x, input: { note: \"已整改\" }) {\n              id\n            }\n          }\n        ": typeof types.SupervisionSubmitRectificationDocument,
    "\n          mutation VerifyRectification($x: ID!) {\n            verifyRectification(id: $x, input: { accept: true }) {\n              id\n            }\n          }\n        ": typeof types.VerifyRectificationDocument,
    "\n          query SupervisionRectifications {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.SupervisionRectificationsDocument,
    "\n          query UnitsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 2, sortField: \"id\") {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        ": typeof types.UnitsUnitsDocument,
    "\n        mutation CreateUnitIdNameLevel($i: CreateUnitInput!) {\n          createUnit(input: $i) {\n            id\n            name\n            level\n            depth\n            parentId\n            ancestors {\n              id\n            }\n            township {\n              id\n            }\n          }\n        }\n      ": typeof types.CreateUnitIdNameLevelDocument,
    "\n          mutation UpdateUnitParentIdTownship($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              parentId\n              township {\n                id\n              }\n            }\n          }\n        ": typeof types.UpdateUnitParentIdTownshipDocument,
    "\n          query UnitsUnitsItems($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.UnitsUnitsItemsDocument,
    "\n          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        ": typeof types.UnitsUpdateUnitDocument,
    "\n          query UnitAncestors($id: ID!) {\n            unit(id: $id) {\n              ancestors {\n                id\n              }\n            }\n          }\n        ": typeof types.UnitAncestorsDocument,
    "\n          query UnitsUnitsItems2($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.UnitsUnitsItems2Document,
    "\n          mutation UnitsUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        ": typeof types.UnitsUpdateUnitIdDocument,
    "\n            query UnitParentId($id: ID!) {\n              unit(id: $id) {\n                parentId\n              }\n            }\n          ": typeof types.UnitParentIdDocument,
    "\n          query Unit($id: ID!) {\n            unit(id: $id) {\n              name\n              version\n            }\n          }\n        ": typeof types.UnitDocument,
    "\n      mutation UnitsUpdateUnitNameVersion($id: ID!, $n: String!, $v: Int) {\n        updateUnit(id: $id, input: { name: $n, version: $v }) {\n          name\n          version\n        }\n      }\n    ": typeof types.UnitsUpdateUnitNameVersionDocument,
    "\n            query UnitName($id: ID!) {\n              unit(id: $id) {\n                name\n              }\n            }\n          ": typeof types.UnitNameDocument,
    "\n          query UnitChildCountChildren($id: ID!) {\n            unit(id: $id) {\n              childCount\n              children {\n                id\n                level\n                childCount\n              }\n            }\n          }\n        ": typeof types.UnitChildCountChildrenDocument,
};
const documents: Documents = {
    "\n  query AccountsE2EUsers {\n    users(perPage: 100) {\n      total\n      items {\n        username\n      }\n    }\n  }\n": types.AccountsE2EUsersDocument,
    "\n          query ActionsOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ActionsOwnBranchDocument,
    "\n          query ActionsTeams {\n            supervisionTeams(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ActionsTeamsDocument,
    "\n          mutation ActionsPlan($i: PlanSpotCheckInput!) {\n            planSpotCheck(input: $i) {\n              id\n            }\n          }\n        ": types.ActionsPlanDocument,
    "\n        mutation ActionsStart($id: ID!) {\n          startSpotCheck(id: $id, input: {}) {\n            id\n          }\n        }\n      ": types.ActionsStartDocument,
    "\n          mutation ActionsRecord($id: ID!, $d: String!) {\n            recordFinding(spotCheckId: $id, input: { severity: MAJOR, description: $d }) {\n              id\n            }\n          }\n        ": types.ActionsRecordDocument,
    "\n        mutation ActionsComplete($id: ID!) {\n          completeSpotCheck(id: $id, input: { summary: \"浏览器测试\", methodAttested: true }) {\n            id\n          }\n        }\n      ": types.ActionsCompleteDocument,
    "\n          mutation ActionsAssign($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"更新宣传栏\", deadline: \"2027-12-31\" }\n            ) {\n              id\n            }\n          }\n        ": types.ActionsAssignDocument,
    "\n          query ActionsBranchCategory {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": types.ActionsBranchCategoryDocument,
    "\n          query ActionsStarTypes {\n            starTypes {\n              code\n            }\n          }\n        ": types.ActionsStarTypesDocument,
    "\n            query ActionsKeyTasks($s: String, $c: BranchCategory) {\n              keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.ActionsKeyTasksDocument,
    "\n          mutation ActionsApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": types.ActionsApplyDocument,
    "\n        mutation ActionsSubmit($id: ID!) {\n          submitRectification(id: $id, input: { note: \"已更新宣传栏\" }) {\n            id\n          }\n        }\n      ": types.ActionsSubmitDocument,
    "\n        query ActionsRectification($id: ID!) {\n          rectification(id: $id) {\n            status\n            allowedActions\n          }\n        }\n      ": types.ActionsRectificationDocument,
    "\n      query ActionsQueue {\n        starApplications(filter: { actionable: true }, perPage: 100) {\n          total\n          items {\n            id\n            status\n            allowedActions\n          }\n        }\n      }\n    ": types.ActionsQueueDocument,
    "\n          query Branches {\n            branches(filter: { search: \"浏览器测试\" }) {\n              total\n            }\n          }\n        ": types.BranchesDocument,
    "\n          query BranchesItems {\n            branches(filter: { search: \"建新南街社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.BranchesItemsDocument,
    "\n          query AccountabilityChain($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              links {\n                role\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": types.AccountabilityChainDocument,
    "\n            mutation Logout {\n              logout\n            }\n          ": types.LogoutDocument,
    "\n  query CampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        threeStarShare\n        fourStar\n        fiveStar\n        levelDistribution {\n          level\n          branches\n        }\n        starHolders {\n          starName\n          branches\n        }\n        keyTasks {\n          total\n          completionRate\n          overdue\n        }\n        rectifications {\n          overdue\n          late\n        }\n        spotChecksThisQuarter\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          branches\n        }\n      }\n    }\n  }\n": types.CampaignStatsDocument,
    "\n  query DashboardSupervisionE2e($w: ID) {\n    supervisionStats(withinId: $w) {\n      completed\n    }\n  }\n": types.DashboardSupervisionE2eDocument,
    "\n          query Units {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.UnitsDocument,
    "\n          query Me {\n            me {\n              grants {\n                unitId\n              }\n            }\n          }\n        ": types.MeDocument,
    "\n          query SupervisionTeams {\n            supervisionTeams {\n              items {\n                id\n              }\n            }\n          }\n        ": types.SupervisionTeamsDocument,
    "\n          query DashboardBranches($w: ID) {\n            branches(filter: { withinId: $w }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.DashboardBranchesDocument,
    "\n          mutation PlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-12-30\" }) {\n              id\n            }\n          }\n        ": types.PlanSpotCheckDocument,
    "\n          query NewestFindings {\n            findings(sortField: \"recordedAt\", sortOrder: DESC, perPage: 1) {\n              total\n              items {\n                id\n                description\n                spotCheckId\n                spotCheck {\n                  status\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.NewestFindingsDocument,
    "\n  query E2eMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      theme\n      attendeeIds\n      speeches {\n        personId\n        topic\n      }\n      evaluations {\n        personId\n        selfEvaluation\n      }\n      items {\n        id\n        kind\n        content\n        status\n        closeNote\n        answers {\n          id\n        }\n      }\n    }\n  }\n": types.E2eMeetingDocument,
    "\n  query E2eMeetingPeople($filter: PersonFilterInput) {\n    people(filter: $filter, perPage: 100) {\n      items {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.E2eMeetingPeopleDocument,
    "\n  query E2eMeetingUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.E2eMeetingUnitsDocument,
    "\n          query OfflineSetup {\n            supervisionTeams(perPage: 10) {\n              items {\n                id\n                name\n              }\n            }\n            branches(filter: { search: \"樱桃沟\" }) {\n              items {\n                id\n                name\n              }\n            }\n            keyTasks(perPage: 2) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.OfflineSetupDocument,
    "\n          mutation OfflinePlan($input: PlanSpotCheckInput!) {\n            planSpotCheck(input: $input) {\n              id\n            }\n          }\n        ": types.OfflinePlanDocument,
    "\n          mutation OfflineOtherDeviceStarts($id: ID!) {\n            startSpotCheck(id: $id, input: { location: \"另一台设备\" }) {\n              id\n            }\n          }\n        ": types.OfflineOtherDeviceStartsDocument,
    "\n  query E2ePostUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.E2ePostUnitsDocument,
    "\n  mutation E2ePostMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": types.E2ePostMeetingDocument,
    "\n  query E2ePostImages($id: ID!) {\n    post(id: $id) {\n      cover {\n        id\n      }\n      images {\n        id\n        name\n      }\n    }\n  }\n": types.E2ePostImagesDocument,
    "\n          query StarApplication($id: ID!) {\n            starApplication(id: $id) {\n              branchId\n            }\n          }\n        ": types.StarApplicationDocument,
    "\n          query StarsBranches {\n            branches(perPage: 3, sortField: \"name\") {\n              items {\n                id\n                name\n              }\n            }\n          }\n        ": types.StarsBranchesDocument,
    "\n          query WeakBranchPairings($id: ID!) {\n            branch(id: $id) {\n              pairings {\n                id\n                note\n                endDate\n                strongBranch {\n                  id\n                }\n              }\n            }\n          }\n        ": types.WeakBranchPairingsDocument,
    "\n            query WeakBranchPairingEnds($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  endDate\n                }\n              }\n            }\n          ": types.WeakBranchPairingEndsDocument,
    "\n          query StarsBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsBranchesItemsDocument,
    "\n          query PlanItems {\n            planItems(perPage: 1, sortField: \"deadline\") {\n              items {\n                id\n                deadline\n                plan {\n                  title\n                }\n                keyTask {\n                  title\n                }\n              }\n            }\n          }\n        ": types.PlanItemsDocument,
    "\n          query PlanItem($id: ID!) {\n            planItem(id: $id) {\n              milestones {\n                title\n                dueDate\n                doneOn\n              }\n            }\n          }\n        ": types.PlanItemDocument,
    "\n          query StarsBranchesItems2 {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": types.StarsBranchesItems2Document,
    "\n          query KeyTasks($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 2, sortField: \"code\") {\n              items {\n                id\n              }\n            }\n          }\n        ": types.KeyTasksDocument,
    "\n          mutation ApplyForStar($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": types.ApplyForStarDocument,
    "\n          query StarApplicationStatusSelfScoreItems($id: ID!) {\n            starApplication(id: $id) {\n              status\n              selfScore\n              items {\n                keyTaskId\n                met\n                score\n                note\n                evidence {\n                  name\n                }\n              }\n              transitions {\n                toStatus\n                comment\n              }\n            }\n          }\n        ": types.StarApplicationStatusSelfScoreItemsDocument,
    "\n          query KeyTasksItems($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 1, sortField: \"code\") {\n              items {\n                id\n                code\n              }\n            }\n          }\n        ": types.KeyTasksItemsDocument,
    "\n        mutation ApplyForStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            id\n          }\n        }\n      ": types.ApplyForStarDocument,
    "\n            query StarApplicationsTotal {\n              starApplications {\n                total\n              }\n            }\n          ": types.StarApplicationsTotalDocument,
    "\n        query SpotCheck($x: ID!) {\n          spotCheck(id: $x) {\n            id\n          }\n        }\n      ": types.SpotCheckDocument,
    "\n        query SpotCheckStatusFindings($x: ID!) {\n          spotCheck(id: $x) {\n            status\n            findings {\n              description\n              evidence {\n                mimeType\n              }\n            }\n          }\n        }\n      ": types.SpotCheckStatusFindingsDocument,
    "\n        query SpotCheckFindings($x: ID!) {\n          spotCheck(id: $x) {\n            findings {\n              rectification {\n                id\n              }\n            }\n          }\n        }\n      ": types.SpotCheckFindingsDocument,
    "\n        query Rectification($x: ID!) {\n          rectification(id: $x) {\n            status\n            events {\n              action\n            }\n            evidence {\n              name\n            }\n          }\n        }\n      ": types.RectificationDocument,
    "\n        query SupervisionTeamsItems {\n          supervisionTeams(perPage: 100) {\n            items {\n              name\n              members {\n                username\n              }\n            }\n          }\n        }\n      ": types.SupervisionTeamsItemsDocument,
    "\n        query Units {\n          units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.UnitsDocument,
    "\n        query AppraisalWeights($d: ID!) {\n          appraisalWeights(districtId: $d) {\n            tour\n            planCompletion\n          }\n        }\n      ": types.AppraisalWeightsDocument,
    "\n  mutation CreateApiToken($n: String!, $u: ID!) {\n    createApiToken(input: { name: $n, unitId: $u }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n        query BranchesTotal {\n          branches(perPage: 1) {\n            total\n          }\n        }\n      ": types.BranchesTotalDocument,
    "\n          query UnitsItems {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟景区\" }) {\n              items {\n                id\n                name\n              }\n            }\n          }\n        ": types.UnitsItemsDocument,
    "\n          query SystemBranches($u: ID!) {\n            branches(filter: { withinId: $u }) {\n              total\n            }\n          }\n        ": types.SystemBranchesDocument,
    "\n          query SystemUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.SystemUnitsDocument,
    "\n          query AuditEntries($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              items {\n                id\n                at\n              }\n            }\n          }\n        ": types.AuditEntriesDocument,
    "\n          query ApiTokens {\n            apiTokens(perPage: 100) {\n              items {\n                id\n                expiresAt\n              }\n            }\n          }\n        ": types.ApiTokensDocument,
    "\n          query AuditEntriesTotal($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              total\n            }\n          }\n        ": types.AuditEntriesTotalDocument,
    "\n          query VerifyAuditChain {\n            verifyAuditChain {\n              valid\n              checked\n              firstInvalidId\n            }\n          }\n        ": types.VerifyAuditChainDocument,
    "\n              query ApiTokensTotal {\n                apiTokens {\n                  total\n                }\n              }\n            ": types.ApiTokensTotalDocument,
    "\n              query SystemAuditEntries {\n                auditEntries {\n                  total\n                }\n              }\n            ": types.SystemAuditEntriesDocument,
    "\n          mutation LogIn($u: String!, $p: String!) {\n            login(username: $u, password: $p) {\n              token\n            }\n          }\n        ": types.LogInDocument,
    "\n  mutation LogInAs($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n    }\n  }\n": types.LogInAsDocument,
    "\n    query TwoProcessesBranches {\n      branches(perPage: 25, page: 3, sortField: \"name\") {\n        total\n        items {\n          id\n          name\n          township {\n            name\n          }\n        }\n      }\n    }\n  ": types.TwoProcessesBranchesDocument,
    "\n    query TwoProcessesUnits {\n      units(filter: { level: TOWNSHIP }, perPage: 100) {\n        total\n        items {\n          id\n          name\n          childCount\n        }\n      }\n    }\n  ": types.TwoProcessesUnitsDocument,
    "\n    query TwoProcessesPeople {\n      people(perPage: 50, filter: { search: \"王\" }) {\n        total\n        items {\n          id\n          name\n        }\n      }\n    }\n  ": types.TwoProcessesPeopleDocument,
    "\n    query StarTypesAndKeyTasks {\n      starTypes {\n        code\n        nameZh\n        categories\n      }\n      keyTasks(perPage: 100) {\n        total\n        items {\n          id\n        }\n      }\n    }\n  ": types.StarTypesAndKeyTasksDocument,
    "\n      mutation TwoProcessesWrite {\n        changePassword(currentPassword: \"not-the-password\", newPassword: \"Zwei-Prozesse-2027\") {\n          mustChangePassword\n        }\n      }\n    ": types.TwoProcessesWriteDocument,
    "\n    query TwoProcessesEndedMe {\n      me {\n        username\n      }\n    }\n  ": types.TwoProcessesEndedMeDocument,
    "\n            query MeUsername {\n              me {\n                username\n              }\n            }\n          ": types.MeUsernameDocument,
    "\n          query TwoProcessesBranchesItems {\n            branches(perPage: 1, sortField: \"name\") {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        ": types.TwoProcessesBranchesItemsDocument,
    "\n        mutation UpdateUnitNameVersion($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"双进程测试社区\", version: $v }) {\n            name\n            version\n          }\n        }\n      ": types.UpdateUnitNameVersionDocument,
    "\n            query BranchNameVersion($id: ID!) {\n              branch(id: $id) {\n                name\n                version\n              }\n            }\n          ": types.BranchNameVersionDocument,
    "\n        mutation TwoProcessesUpdateUnit($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"旧版本\", version: $v }) {\n            name\n          }\n        }\n      ": types.TwoProcessesUpdateUnitDocument,
    "\n      mutation TwoProcessesAccountLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    ": types.TwoProcessesAccountLoginDocument,
    "\n      query TwoProcessesAccountMe {\n        me {\n          username\n          mustChangePassword\n        }\n      }\n    ": types.TwoProcessesAccountMeDocument,
    "\n        mutation TwoProcessesDeactivate($id: ID!) {\n          deactivateUser(id: $id) {\n            active\n          }\n        }\n      ": types.TwoProcessesDeactivateDocument,
    "\n        mutation TwoProcessesReactivate($id: ID!) {\n          reactivateUser(id: $id) {\n            active\n          }\n        }\n      ": types.TwoProcessesReactivateDocument,
    "\n        mutation TwoProcessesReset($id: ID!) {\n          resetPassword(userId: $id) {\n            temporaryPassword\n          }\n        }\n      ": types.TwoProcessesResetDocument,
    "\n      query TwoProcessesAccountUnits {\n        units(perPage: 1) {\n          total\n        }\n      }\n    ": types.TwoProcessesAccountUnitsDocument,
    "\n        mutation TwoProcessesChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            mustChangePassword\n          }\n        }\n      ": types.TwoProcessesChangePasswordDocument,
    "\n          query TwoProcessesDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.TwoProcessesDistrictDocument,
    "\n        mutation TwoProcessesGrantLeader($id: ID!, $u: ID!) {\n          grantRole(userId: $id, input: { role: LEADER, unitId: $u }) {\n            roles\n          }\n        }\n      ": types.TwoProcessesGrantLeaderDocument,
    "\n              mutation TwoProcessesLoginToken {\n                login(username: \"leader\", password: \"wrong\") {\n                  token\n                }\n              }\n            ": types.TwoProcessesLoginTokenDocument,
    "\n        mutation TwoProcessesLoginToken2 {\n          login(username: \"leader\", password: \"fivestar\") {\n            token\n          }\n        }\n      ": types.TwoProcessesLoginToken2Document,
    "\n  mutation UpdateUnit($id: ID!, $n: String!, $v: Int) {\n    updateUnit(id: $id, input: { name: $n, version: $v }) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      name\n      version\n    }\n  }\n": types.UnitDocument,
    "\n  query AuditEntriesTotalItems($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100) {\n      total\n      items {\n        action\n        changes\n      }\n    }\n  }\n": types.AuditEntriesTotalItemsDocument,
    "\n          query UnitsAndUnits {\n            t: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n              items {\n                id\n              }\n            }\n            d: units(filter: { level: DISTRICT }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.UnitsAndUnitsDocument,
    "\n      mutation CreateDepartment($d: ID!, $n: String!) {\n        createDepartment(input: { districtId: $d, code: \"RACE\", name: $n }) {\n          id\n          code\n          name\n        }\n      }\n    ": types.CreateDepartmentDocument,
    "\n          query Departments {\n            departments(perPage: 100) {\n              items {\n                id\n                code\n                name\n              }\n            }\n          }\n        ": types.DepartmentsDocument,
    "\n            mutation Login {\n              login(username: \"admin\", password: \"fivestar\") {\n                token\n              }\n            }\n          ": types.LoginDocument,
    "\n                query BranchesTotalItems {\n                  branches(perPage: 5) {\n                    total\n                    items {\n                      name\n                      township {\n                        name\n                      }\n                    }\n                  }\n                }\n              ": types.BranchesTotalItemsDocument,
    "\n            query FaultsUnits {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  version\n                }\n              }\n            }\n          ": types.FaultsUnitsDocument,
    "\n          mutation UpdateUnitName($id: ID!) {\n            updateUnit(id: $id, input: { name: \"停机前的修改\" }) {\n              name\n            }\n          }\n        ": types.UpdateUnitNameDocument,
    "\n            query FaultsUnitsItems {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  name\n                  version\n                }\n              }\n            }\n          ": types.FaultsUnitsItemsDocument,
    "\n          mutation FaultsUpdateUnit($id: ID!) {\n            updateUnit(id: $id, input: { name: \"被中断的修改\" }) {\n              name\n            }\n          }\n        ": types.FaultsUpdateUnitDocument,
    "\n        query HostileFixtures {\n          district: units(filter: { level: DISTRICT }, perPage: 1) {\n            items {\n              id\n            }\n          }\n          township: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n            items {\n              id\n            }\n          }\n          branch: branches(filter: { search: \"樱桃沟社区\" }) {\n            items {\n              id\n            }\n          }\n          people(perPage: 1) {\n            items {\n              id\n            }\n          }\n          positions(perPage: 1) {\n            items {\n              id\n            }\n          }\n          departments(perPage: 1) {\n            items {\n              id\n            }\n          }\n          keyTasks(perPage: 1) {\n            items {\n              id\n            }\n          }\n          taskForces(perPage: 1) {\n            items {\n              id\n            }\n          }\n          contactPoints(perPage: 1) {\n            items {\n              id\n              leaderId\n            }\n          }\n          starOwners(perPage: 1) {\n            items {\n              id\n            }\n          }\n          me {\n            id\n          }\n          u: units {\n            total\n          }\n          b: branches {\n            total\n          }\n          p: people {\n            total\n          }\n          k: keyTasks {\n            total\n          }\n        }\n      ": types.HostileFixturesDocument,
    "\n        query BranchMemberOf($b: ID!) {\n          positions(filter: { unitId: $b, role: BRANCH_MEMBER }, perPage: 1) {\n            items {\n              personId\n            }\n          }\n        }\n      ": types.BranchMemberOfDocument,
    "\n            query HealthyAfterwards {\n              branches {\n                total\n              }\n              me {\n                username\n              }\n            }\n          ": types.HealthyAfterwardsDocument,
    "\n          query TablesStillThere {\n            u: units {\n              total\n            }\n            p: people {\n              total\n            }\n            k: keyTasks {\n              total\n            }\n          }\n        ": types.TablesStillThereDocument,
    "\n  mutation CreatePerson($u: ID!, $k: String, $n: String!) {\n    createPerson(input: { name: $n, unitId: $u, clientMutationId: $k }) {\n      id\n      name\n    }\n  }\n": types.CreatePersonDocument,
    "\n          query People($s: String) {\n            people(filter: { search: $s }) {\n              total\n            }\n          }\n        ": types.PeopleDocument,
    "\n          query IdempotencyBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.IdempotencyBranchesDocument,
    "\n          query IdempotencyAuditEntries($id: String) {\n            auditEntries(filter: { targetType: \"Person\", targetId: $id }) {\n              total\n            }\n          }\n        ": types.IdempotencyAuditEntriesDocument,
    "\n          mutation MatrixCreateUnit($p: ID!) {\n            createUnit(input: { name: \"越界区\", level: DISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        ": types.MatrixCreateUnitDocument,
    "\n          mutation MatrixCreateUnitId($p: ID!) {\n            createUnit(input: { name: \"越界街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        ": types.MatrixCreateUnitIdDocument,
    "\n          mutation MatrixCreateUnitId2($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        ": types.MatrixCreateUnitId2Document,
    "\n          mutation MatrixCreatePerson($u: ID!) {\n            createPerson(input: { name: \"越界书记\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.MatrixCreatePersonDocument,
    "\n          mutation MatrixCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": types.MatrixCreatePositionDocument,
    "\n          mutation CreateStarOwner($p: ID!, $u: ID!) {\n            createStarOwner(input: { personId: $p, branchId: $u, starCode: \"STRONG_BRANCH\", startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": types.CreateStarOwnerDocument,
    "\n          mutation MatrixCreateDepartment($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"ORG\", name: \"越界区委组织部\" }) {\n              id\n            }\n          }\n        ": types.MatrixCreateDepartmentDocument,
    "\n          mutation CreateTaskForceId($d: ID!, $l: ID!) {\n            createTaskForce(input: { districtId: $d, starCode: \"STRONG_BRANCH\", leadDepartmentId: $l }) {\n              id\n            }\n          }\n        ": types.CreateTaskForceIdDocument,
    "\n          mutation MatrixCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"越界县级领导\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.MatrixCreatePersonIdDocument,
    "\n        mutation MatrixCreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: COUNTY_LEADER, unitId: $u, startDate: \"2024-01-01\" }) {\n            id\n          }\n        }\n      ": types.MatrixCreatePositionIdDocument,
    "\n          mutation CreateContactPointId($p: ID!, $u: ID!) {\n            createContactPoint(input: { leaderId: $p, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        ": types.CreateContactPointIdDocument,
    "\n          mutation CreateApiTokenApiToken($u: ID!) {\n            createApiToken(input: { name: \"越界令牌\", unitId: $u }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        ": types.CreateApiTokenApiTokenDocument,
    "\n          mutation CreateSupervisionTeamId($d: ID!, $l: ID!) {\n            createSupervisionTeam(input: { name: \"越界督导组\", scopeUnitId: $d, leaderUserId: $l, memberUserIds: [] }) {\n              id\n            }\n          }\n        ": types.CreateSupervisionTeamIdDocument,
    "\n          mutation MatrixPlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-06-01\" }) {\n              id\n            }\n          }\n        ": types.MatrixPlanSpotCheckDocument,
    "\n        mutation StartSpotCheckId($x: ID!) {\n          startSpotCheck(id: $x, input: {}) {\n            id\n          }\n        }\n      ": types.StartSpotCheckIdDocument,
    "\n          mutation MatrixRecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: \"越界问题\" }) {\n              id\n            }\n          }\n        ": types.MatrixRecordFindingDocument,
    "\n          mutation MatrixRecordFindingId($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"越界问题二\" }) {\n              id\n            }\n          }\n        ": types.MatrixRecordFindingIdDocument,
    "\n        mutation MatrixCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"越界\", methodAttested: true }) {\n            id\n          }\n        }\n      ": types.MatrixCompleteSpotCheckDocument,
    "\n          mutation AssignRectificationId($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"越界整改\", deadline: \"2026-12-31\" }\n            ) {\n              id\n            }\n          }\n        ": types.AssignRectificationIdDocument,
    "\n          mutation CreateMonthlyObservationId($d: ID!, $b: ID!) {\n            createMonthlyObservation(\n              input: { unitId: $d, heldOn: \"2026-01-10\", title: \"越界观摩\", visits: [{ unitId: $b, score: 90 }] }\n            ) {\n              id\n            }\n          }\n        ": types.CreateMonthlyObservationIdDocument,
    "\n          mutation MatrixCreateUnitId3($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区二\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        ": types.MatrixCreateUnitId3Document,
    "\n          mutation MatrixCreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2026\n                title: \"越界规划\"\n                stars: [{ starCode: \"STRONG_BRANCH\", intent: TARGET }]\n              }\n            ) {\n              id\n            }\n          }\n        ": types.MatrixCreatePlanDocument,
    "\n          mutation CreatePlanItemIdMilestones($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"越界任务\", deadline: \"2026-12-31\" }) {\n              id\n              milestones {\n                id\n              }\n            }\n          }\n        ": types.CreatePlanItemIdMilestonesDocument,
    "\n          mutation PairBranchesId($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n              id\n            }\n          }\n        ": types.PairBranchesIdDocument,
    "\n          mutation MatrixCreateUser($u: ID!) {\n            createUser(\n              input: {\n                username: \"matrix.account\"\n                displayName: \"越界支部账号\"\n                roles: [{ role: BRANCH_STAFF, unitId: $u }]\n              }\n            ) {\n              user {\n                id\n                grants {\n                  id\n                }\n              }\n            }\n          }\n        ": types.MatrixCreateUserDocument,
    "\n          query SoakBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": types.SoakBranchesDocument,
    "\n          query SoakBranchesItems($t: ID) {\n            branches(filter: { parentId: $t }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.SoakBranchesItemsDocument,
    "\n        query BranchesAndUnits {\n          branches(perPage: 100) {\n            items {\n              id\n            }\n          }\n          d: units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.BranchesAndUnitsDocument,
    "\n          query PeopleItems {\n            people(perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.PeopleItemsDocument,
    "\n          query SoakBranchesTotalItems($p: Int!) {\n            branches(perPage: 20, page: $p, sortField: \"name\") {\n              total\n              items {\n                id\n                name\n                category\n                township {\n                  name\n                }\n                ancestors {\n                  name\n                }\n              }\n            }\n          }\n        ": types.SoakBranchesTotalItemsDocument,
    "\n          query UnitsTotalItems {\n            units(filter: { level: TOWNSHIP }) {\n              total\n              items {\n                id\n                name\n                childCount\n                children {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": types.UnitsTotalItemsDocument,
    "\n          query PeopleTotalItems {\n            people(perPage: 20) {\n              total\n              items {\n                id\n                name\n                unit {\n                  name\n                }\n                currentPositions {\n                  role\n                  unit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.PeopleTotalItemsDocument,
    "\n          query Positions {\n            positions(perPage: 25, filter: { activeOn: \"2025-03-01\" }) {\n              total\n              items {\n                role\n                startDate\n                endDate\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": types.PositionsDocument,
    "\n          query TaskForces {\n            taskForces {\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        ": types.TaskForcesDocument,
    "\n          query KeyTasksTotalItems($s: String) {\n            keyTasks(perPage: 30, filter: { starCode: $s }) {\n              total\n              items {\n                code\n                title\n                weight\n                leadDepartment {\n                  name\n                }\n              }\n            }\n          }\n        ": types.KeyTasksTotalItemsDocument,
    "\n          query Branch($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n              version\n              township {\n                name\n              }\n              ancestors {\n                name\n              }\n            }\n          }\n        ": types.BranchDocument,
    "\n          query MeUsernameRolesGrants {\n            me {\n              username\n              roles\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        ": types.MeUsernameRolesGrantsDocument,
    "\n          query AccountabilityChainDateLinks($b: ID!, $s: String!) {\n            accountabilityChain(branchId: $b, starCode: $s) {\n              date\n              links {\n                role\n                vacant\n                person {\n                  name\n                }\n                unit {\n                  name\n                }\n                department {\n                  name\n                }\n              }\n            }\n          }\n        ": types.AccountabilityChainDateLinksDocument,
    "\n          query SoakAccountabilityChain($b: ID!, $s: String!, $at: DateTime) {\n            accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n              date\n              links {\n                role\n                vacant\n                since\n                until\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": types.SoakAccountabilityChainDocument,
    "\n                mutation UpdateUnitIdVersion($id: ID!, $n: String!, $v: Int) {\n                  updateUnit(id: $id, input: { name: $n, version: $v }) {\n                    id\n                    version\n                  }\n                }\n              ": types.UpdateUnitIdVersionDocument,
    "\n                      query Unit($id: ID!) {\n                        unit(id: $id) {\n                          name\n                          version\n                        }\n                      }\n                    ": types.UnitDocument,
    "\n          mutation UpdatePerson($id: ID!, $t: String, $v: Int) {\n            updatePerson(id: $id, input: { title: $t, version: $v }) {\n              id\n              version\n            }\n          }\n        ": types.UpdatePersonDocument,
    "\n                query Person($id: ID!) {\n                  person(id: $id) {\n                    version\n                  }\n                }\n              ": types.PersonDocument,
    "\n          query BranchIdName($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n            }\n          }\n        ": types.BranchIdNameDocument,
    "\n          mutation UpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { name: \"x\" }) {\n              id\n            }\n          }\n        ": types.UpdateUnitIdDocument,
    "\n          query AccountabilityChainDate($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              date\n            }\n          }\n        ": types.AccountabilityChainDateDocument,
    "\n          mutation CreateDepartmentId($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"NOPE\", name: \"x\" }) {\n              id\n            }\n          }\n        ": types.CreateDepartmentIdDocument,
    "\n          query SoakAuditEntries {\n            auditEntries {\n              total\n            }\n          }\n        ": types.SoakAuditEntriesDocument,
    "\n          mutation SoakUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { sortOrder: 1, version: $v }) {\n              id\n            }\n          }\n        ": types.SoakUpdateUnitDocument,
    "\n                query UnitVersion($id: ID!) {\n                  unit(id: $id) {\n                    version\n                  }\n                }\n              ": types.UnitVersionDocument,
    "\n      mutation AccMatrixCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          temporaryPassword\n        }\n      }\n    ": types.AccMatrixCreateUserDocument,
    "\n      mutation AccMatrixUpdateUser($id: ID!) {\n        updateUser(id: $id, input: { displayName: \"改名\" }) {\n          id\n        }\n      }\n    ": types.AccMatrixUpdateUserDocument,
    "\n      mutation AccMatrixDeactivate($id: ID!) {\n        deactivateUser(id: $id) {\n          id\n        }\n      }\n    ": types.AccMatrixDeactivateDocument,
    "\n      mutation AccMatrixReactivate($id: ID!) {\n        reactivateUser(id: $id) {\n          id\n        }\n      }\n    ": types.AccMatrixReactivateDocument,
    "\n      mutation AccMatrixGrant($u: ID!, $b: ID!) {\n        grantRole(userId: $u, input: { role: BRANCH_STAFF, unitId: $b }) {\n          id\n        }\n      }\n    ": types.AccMatrixGrantDocument,
    "\n      mutation AccMatrixRevoke($id: ID!) {\n        revokeRole(roleAssignmentId: $id) {\n          id\n        }\n      }\n    ": types.AccMatrixRevokeDocument,
    "\n      mutation AccMatrixReset($id: ID!) {\n        resetPassword(userId: $id) {\n          temporaryPassword\n        }\n      }\n    ": types.AccMatrixResetDocument,
    "\n      mutation AccMatrixGrantAny($u: ID!, $i: RoleGrantInput!) {\n        grantRole(userId: $u, input: $i) {\n          roles\n        }\n      }\n    ": types.AccMatrixGrantAnyDocument,
    "\n  query AccUsers($f: UserFilterInput, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {\n    users(filter: $f, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        username\n        displayName\n        active\n        mustChangePassword\n        roles\n        unitId\n        unit {\n          name\n        }\n        grants {\n          id\n          role\n          unitId\n        }\n      }\n    }\n  }\n": types.AccUsersDocument,
    "\n  query AccUser($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      active\n    }\n  }\n": types.AccUserDocument,
    "\n  mutation AccCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      temporaryPassword\n      user {\n        id\n        username\n        mustChangePassword\n        roles\n        unitId\n      }\n    }\n  }\n": types.AccCreateUserDocument,
    "\n  mutation AccResetPassword($id: ID!) {\n    resetPassword(userId: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.AccResetPasswordDocument,
    "\n  mutation AccChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n) {\n      id\n      mustChangePassword\n    }\n  }\n": types.AccChangePasswordDocument,
    "\n  query AccMe {\n    me {\n      username\n      mustChangePassword\n    }\n  }\n": types.AccMeDocument,
    "\n  query AccUnits {\n    units(perPage: 1) {\n      total\n    }\n  }\n": types.AccUnitsDocument,
    "\n  mutation AccDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.AccDeactivateDocument,
    "\n  mutation AccReactivate($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.AccReactivateDocument,
    "\n  mutation AccGrant($u: ID!, $i: RoleGrantInput!) {\n    grantRole(userId: $u, input: $i) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n": types.AccGrantDocument,
    "\n  mutation AccRevoke($id: ID!) {\n    revokeRole(roleAssignmentId: $id) {\n      id\n      roles\n    }\n  }\n": types.AccRevokeDocument,
    "\n  mutation AccUpdate($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      username\n      displayName\n    }\n  }\n": types.AccUpdateDocument,
    "\n  query AccSessions {\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": types.AccSessionsDocument,
    "\n  mutation AccRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.AccRevokeSessionDocument,
    "\n  mutation AccLogout {\n    logout\n  }\n": types.AccLogoutDocument,
    "\n  mutation AdminCreateLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      user {\n        roles\n        mustChangePassword\n      }\n    }\n  }\n": types.AdminCreateLoginDocument,
    "\n  mutation AaPlan($i: PlanSpotCheckInput!) {\n    planSpotCheck(input: $i) {\n      id\n    }\n  }\n": types.AaPlanDocument,
    "\n  mutation AaStart($id: ID!) {\n    startSpotCheck(id: $id, input: {}) {\n      id\n      status\n    }\n  }\n": types.AaStartDocument,
    "\n  mutation AaRecord($id: ID!, $d: String!) {\n    recordFinding(spotCheckId: $id, input: { severity: MINOR, description: $d }) {\n      id\n    }\n  }\n": types.AaRecordDocument,
    "\n  mutation AaComplete($id: ID!) {\n    completeSpotCheck(id: $id, input: { summary: \"小结\", methodAttested: true }) {\n      id\n      status\n    }\n  }\n": types.AaCompleteDocument,
    "\n  mutation AaUpdateFinding($id: ID!, $i: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $i) {\n      id\n      description\n      severity\n      correctedAt\n      withdrawn\n    }\n  }\n": types.AaUpdateFindingDocument,
    "\n  mutation AaWithdrawFinding($id: ID!, $r: String!) {\n    withdrawFinding(id: $id, reason: $r) {\n      id\n      withdrawn\n      withdrawnAt\n      withdrawalReason\n      withdrawnByName\n    }\n  }\n": types.AaWithdrawFindingDocument,
    "\n  mutation AaAssign($f: ID!, $u: ID!) {\n    assignRectification(findingId: $f, input: { responsibleUnitId: $u, measures: \"整改\", deadline: \"2027-01-31\" }) {\n      id\n      status\n    }\n  }\n": types.AaAssignDocument,
    "\n  mutation AaSubmit($id: ID!) {\n    submitRectification(id: $id, input: { note: \"已整改\" }) {\n      id\n      status\n    }\n  }\n": types.AaSubmitDocument,
    "\n  mutation AaVerify($id: ID!, $a: Boolean!) {\n    verifyRectification(id: $id, input: { accept: $a, comment: \"验收意见\" }) {\n      id\n      status\n    }\n  }\n": types.AaVerifyDocument,
    "\n  query AaCheckActions($id: ID!) {\n    spotCheck(id: $id) {\n      allowedActions\n    }\n  }\n": types.AaCheckActionsDocument,
    "\n  query AaFindingActions($id: ID!) {\n    finding(id: $id) {\n      allowedActions\n      withdrawn\n    }\n  }\n": types.AaFindingActionsDocument,
    "\n  query AaRectActions($id: ID!) {\n    rectification(id: $id) {\n      allowedActions\n    }\n  }\n": types.AaRectActionsDocument,
    "\n  query AaRectPage($page: Int!, $f: RectificationFilterInput) {\n    rectifications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n": types.AaRectPageDocument,
    "\n  query AaAppPage($page: Int!, $f: StarApplicationFilterInput) {\n    starApplications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n": types.AaAppPageDocument,
    "\n  query AaObjectionPage($page: Int!, $f: StarObjectionFilterInput) {\n    starObjections(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        status\n        applicationId\n        allowedActions\n      }\n    }\n  }\n": types.AaObjectionPageDocument,
    "\n            query AaTarget {\n              branches(filter: { search: \"樱桃沟社区\" }) {\n                items {\n                  id\n                  township {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.AaTargetDocument,
    "\n          query AaDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.AaDistrictDocument,
    "\n          mutation AaTeam($i: CreateSupervisionTeamInput!) {\n            createSupervisionTeam(input: $i) {\n              id\n            }\n          }\n        ": types.AaTeamDocument,
    "\n      query AaChecks($s: String, $o: SortOrder, $f: SpotCheckFilterInput) {\n        spotChecks(perPage: 100, sortField: $s, sortOrder: $o, filter: $f) {\n          items {\n            id\n            status\n          }\n        }\n      }\n    ": types.AaChecksDocument,
    "\n      query AaWaiting($f: RectificationFilterInput, $o: SortOrder) {\n        rectifications(filter: $f, sortField: \"daysWaiting\", sortOrder: $o, perPage: 100) {\n          items {\n            id\n            daysWaiting\n          }\n        }\n      }\n    ": types.AaWaitingDocument,
    "\n          mutation AaToken($u: ID!) {\n            createApiToken(input: { name: \"看板\", unitId: $u }) {\n              token\n            }\n          }\n        ": types.AaTokenDocument,
    "\n    mutation AaReview($id: ID!, $i: ReviewStarApplicationInput!) {\n      reviewStarApplication(id: $id, input: $i) {\n        id\n        status\n      }\n    }\n  ": types.AaReviewDocument,
    "\n    mutation AaFile($a: ID!) {\n      fileObjection(applicationId: $a, reason: \"材料不实\") {\n        id\n      }\n    }\n  ": types.AaFileDocument,
    "\n    mutation AaResolve($id: ID!, $u: Boolean!) {\n      resolveObjection(id: $id, upheld: $u, comment: \"已核实\") {\n        id\n        status\n      }\n    }\n  ": types.AaResolveDocument,
    "\n          query AaOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        ": types.AaOwnBranchDocument,
    "\n          query AaHeld($b: ID!) {\n            branch(id: $b) {\n              heldStars {\n                starCode\n              }\n            }\n          }\n        ": types.AaHeldDocument,
    "\n          query AaOpenApps($b: ID!) {\n            starApplications(filter: { branchId: $b, year: 2026 }, perPage: 100) {\n              items {\n                starCode\n                status\n              }\n            }\n          }\n        ": types.AaOpenAppsDocument,
    "\n          query AaStarTypes {\n            starTypes {\n              code\n              categories\n            }\n          }\n        ": types.AaStarTypesDocument,
    "\n          query AaTasks($s: String, $c: BranchCategory) {\n            keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.AaTasksDocument,
    "\n          mutation AaApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        ": types.AaApplyDocument,
    "\n      query AaStats {\n        supervisionStats {\n          findings\n        }\n      }\n    ": types.AaStatsDocument,
    "\n      query AaCampaignFindings($u: ID!) {\n        campaignStats(unitId: $u, year: 2026) {\n          figures {\n            findings {\n              total\n              minor\n              major\n            }\n          }\n        }\n      }\n    ": types.AaCampaignFindingsDocument,
    "\n      query AaFindingCount($id: ID!) {\n        spotCheck(id: $id) {\n          findingCount\n          findings {\n            id\n            withdrawn\n          }\n        }\n      }\n    ": types.AaFindingCountDocument,
    "\n      query AaAudit($f: AuditFilterInput) {\n        auditEntries(filter: $f, perPage: 10) {\n          items {\n            operation\n            changes\n          }\n        }\n      }\n    ": types.AaAuditDocument,
    "\n  mutation CreateApiTokenTokenApiToken($n: String!, $u: ID!, $d: Int) {\n    createApiToken(input: { name: $n, unitId: $u, expiresInDays: $d }) {\n      token\n      apiToken {\n        id\n        name\n        active\n        expiresAt\n        lastUsedAt\n        scopeUnit {\n          name\n        }\n        createdBy {\n          username\n        }\n      }\n    }\n  }\n": types.CreateApiTokenTokenApiTokenDocument,
    "\n          query ApiTokensUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ApiTokensUnitsDocument,
    "\n          query ApiTokensBranches {\n            branches {\n              total\n            }\n          }\n        ": types.ApiTokensBranchesDocument,
    "\n          query ApiTokensBranchesTotal {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        ": types.ApiTokensBranchesTotalDocument,
    "\n          query ApiTokensTotalItems {\n            apiTokens {\n              total\n              items {\n                id\n                lastUsedAt\n              }\n            }\n          }\n        ": types.ApiTokensTotalItemsDocument,
    "\n          query ApiTokensBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ApiTokensBranchesItemsDocument,
    "\n          mutation RevokeApiToken($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              active\n              revokedAt\n            }\n          }\n        ": types.RevokeApiTokenDocument,
    "\n            query ApiTokensBranches {\n              branches {\n                total\n              }\n            }\n          ": types.ApiTokensBranchesDocument,
    "\n            query ApiTokensTotal {\n              apiTokens {\n                total\n              }\n            }\n          ": types.ApiTokensTotalDocument,
    "\n          query ApiTokensAuditEntries {\n            auditEntries(filter: { operation: \"createApiToken\" }) {\n              total\n              items {\n                changes\n              }\n            }\n          }\n        ": types.ApiTokensAuditEntriesDocument,
    "\n  query RuleRanking($u: ID!) {\n    quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n      missingComponents\n      rows {\n        unitName\n        rank\n        score\n        rectificationClosure\n        rectificationTimeliness\n        coverage\n      }\n    }\n  }\n": types.RuleRankingDocument,
    "\n  mutation SetAppraisalRule($d: ID!, $r: MissingComponentRule!) {\n    setAppraisalRule(districtId: $d, missingComponents: $r) {\n      districtId\n      missingComponents\n      planCompletion\n    }\n  }\n": types.SetAppraisalRuleDocument,
    "\n  query RuleWeights($d: ID!) {\n    appraisalWeights(districtId: $d) {\n      missingComponents\n      planCompletion\n      tour\n    }\n  }\n": types.RuleWeightsDocument,
    "\n  query AuditAuditEntries($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n      total\n      items {\n        id\n        at\n        userId\n        username\n        operation\n        targetType\n        targetId\n        action\n        changes\n        address\n        chain\n        prevHash\n        hash\n      }\n    }\n  }\n": types.AuditAuditEntriesDocument,
    "\n          query AuditUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        ": types.AuditUnitsDocument,
    "\n          mutation AuditUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { name: \"审计测试街道\", version: $v }) {\n              id\n            }\n          }\n        ": types.AuditUpdateUnitDocument,
    "\n          mutation AuditUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        ": types.AuditUpdateUnitIdDocument,
    "\n        mutation LoginToken {\n          login(username: \"leader\", password: \"wrong-guess\") {\n            token\n          }\n        }\n      ": types.LoginTokenDocument,
    "\n    query AuditNamedEntries($f: AuditFilterInput) {\n      auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n        total\n        items {\n          id\n          operation\n          targetType\n          targetId\n          targetLabel\n          userId\n          actorName\n        }\n      }\n    }\n  ": types.AuditNamedEntriesDocument,
    "\n          query AuditMe {\n            me {\n              id\n              displayName\n            }\n          }\n        ": types.AuditMeDocument,
    "\n          query AuditQueue {\n            starApplications(filter: { status: SUBMITTED }, perPage: 1) {\n              items {\n                id\n                branch {\n                  name\n                }\n              }\n            }\n          }\n        ": types.AuditQueueDocument,
    "\n          mutation AuditReview($id: ID!) {\n            reviewStarApplication(id: $id, input: { decision: APPROVE, comment: \"审计测试\" }) {\n              id\n            }\n          }\n        ": types.AuditReviewDocument,
    "\n            query VerifyAuditChainValid {\n              verifyAuditChain {\n                valid\n              }\n            }\n          ": types.VerifyAuditChainValidDocument,
    "\n          query AuditPeople {\n            people(perPage: 20) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.AuditPeopleDocument,
    "\n            mutation UpdatePersonId($id: ID!, $t: String) {\n              updatePerson(id: $id, input: { title: $t }) {\n                id\n              }\n            }\n          ": types.UpdatePersonIdDocument,
    "\n          query AuditVerifyPerChain {\n            verifyAuditChain {\n              valid\n              checked\n              chains\n              firstInvalidId\n            }\n          }\n        ": types.AuditVerifyPerChainDocument,
    "\n          query VerifyAuditChains {\n            verifyAuditChain {\n              valid\n              chains\n              heads {\n                chain\n                id\n                hash\n              }\n            }\n          }\n        ": types.VerifyAuditChainsDocument,
    "\n      query AuditVerifyMoved {\n        verifyAuditChain {\n          valid\n          firstInvalidId\n        }\n      }\n    ": types.AuditVerifyMovedDocument,
    "\n  query MeUsernameDisplayNameRoles {\n    me {\n      username\n      displayName\n      roles\n      grants {\n        role\n        unit {\n          name\n        }\n        starCode\n      }\n    }\n  }\n": types.MeUsernameDisplayNameRolesDocument,
    "\n          mutation AuthLogin {\n            login(username: \"admin\", password: \"nope\") {\n              token\n            }\n          }\n        ": types.AuthLoginDocument,
    "\n          mutation AuthLoginToken {\n            login(username: \"nobody\", password: \"nope\") {\n              token\n            }\n          }\n        ": types.AuthLoginTokenDocument,
    "\n              mutation AuthLoginToken2 {\n                login(username: \"supervisor\", password: \"wrong\") {\n                  token\n                }\n              }\n            ": types.AuthLoginToken2Document,
    "\n        mutation AuthLoginToken3 {\n          login(username: \"supervisor\", password: \"fivestar\") {\n            token\n          }\n        }\n      ": types.AuthLoginToken3Document,
    "\n  query BackupVerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n": types.BackupVerifyAuditChainDocument,
    "\n          query CadenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": types.CadenceBranchesDocument,
    "\n      mutation SubmitDailyReport($i: SubmitDailyReportInput!) {\n        submitDailyReport(input: $i) {\n          id\n          reportDate\n          doneToday\n          figures {\n            label\n            value\n          }\n          blockers\n          reporterName\n        }\n      }\n    ": types.SubmitDailyReportDocument,
    "\n          query DailyReports($d: String) {\n            dailyReports(filter: { date: $d }, perPage: 100) {\n              total\n              items {\n                unitId\n                doneToday\n              }\n            }\n          }\n        ": types.DailyReportsDocument,
    "\n            query MissingDailyReports($u: ID!, $d: String!) {\n              missingDailyReports(unitId: $u, date: $d) {\n                id\n                level\n              }\n            }\n          ": types.MissingDailyReportsDocument,
    "\n            query BranchesItems {\n              branches(filter: { search: \"建新南街社区\" }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.BranchesItemsDocument,
    "\n        mutation CreateMonthlyObservation($i: CreateMonthlyObservationInput!) {\n          createMonthlyObservation(input: $i) {\n            id\n            title\n            participants\n            visits {\n              unitId\n              score\n              comment\n            }\n          }\n        }\n      ": types.CreateMonthlyObservationDocument,
    "\n        query MonthlyObservations {\n          monthlyObservations(filter: { month: \"2026-11\" }) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.MonthlyObservationsDocument,
    "\n      query QuarterlyRanking($u: ID!) {\n        quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n          published\n          weights {\n            planCompletion\n            spotCheck\n          }\n          rows {\n            unitName\n            rank\n            score\n            planCompletion\n            spotCheck\n            rectificationClosure\n            rectificationTimeliness\n            tour\n          }\n        }\n      }\n    ": types.QuarterlyRankingDocument,
    "\n            mutation CreateUnit($p: ID!) {\n              createUnit(input: { name: \"评比测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n                id\n              }\n            }\n          ": types.CreateUnitDocument,
    "\n              mutation CreateUnitId($p: ID!, $n: String!) {\n                createUnit(\n                  input: { name: $n, level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n                ) {\n                  id\n                }\n              }\n            ": types.CreateUnitIdDocument,
    "\n          mutation SetAppraisalWeights($d: ID!) {\n            setAppraisalWeights(\n              districtId: $d\n              input: {\n                planCompletion: 40\n                spotCheck: 30\n                rectificationClosure: 10\n                rectificationTimeliness: 10\n                tour: 10\n              }\n            ) {\n              planCompletion\n            }\n          }\n        ": types.SetAppraisalWeightsDocument,
    "\n              mutation PublishQuarterlyAppraisal($u: ID!) {\n                publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                  published\n                }\n              }\n            ": types.PublishQuarterlyAppraisalDocument,
    "\n            mutation PublishQuarterlyAppraisalPublishedPublishedAtRows($u: ID!) {\n              publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                published\n                publishedAt\n                rows {\n                  unitName\n                  rank\n                  score\n                }\n              }\n            }\n          ": types.PublishQuarterlyAppraisalPublishedPublishedAtRowsDocument,
    "\n          mutation PublishQuarterlyAppraisal($u: ID!) {\n            publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n              published\n            }\n          }\n        ": types.PublishQuarterlyAppraisalDocument,
    "\n  query CatalogCacheStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitName\n      figures {\n        branches\n        starHolders {\n          starCode\n          starName\n        }\n      }\n    }\n  }\n": types.CatalogCacheStatsDocument,
    "\n          mutation CatalogCacheRename($id: ID!) {\n            updateUnit(id: $id, input: { name: \"缓存测试区\" }) {\n              id\n            }\n          }\n        ": types.CatalogCacheRenameDocument,
    "\n  query ChainOfBranch($b: ID!, $s: String!, $at: DateTime) {\n    accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n      date\n      starType {\n        code\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": types.ChainOfBranchDocument,
    "\n          query ChainBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ChainBranchesDocument,
    "\n          query PositionsItems($u: ID!) {\n            positions(filter: { unitId: $u, role: BRANCH_SECRETARY, activeOn: \"2026-01-01\" }) {\n              items {\n                id\n                version\n                person {\n                  name\n                }\n              }\n            }\n          }\n        ": types.PositionsItemsDocument,
    "\n          mutation CreatePersonId($u: ID!) {\n            createPerson(input: { name: \"新书记\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.CreatePersonIdDocument,
    "\n          mutation CreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2026-02-01\" }) {\n              id\n            }\n          }\n        ": types.CreatePositionDocument,
    "\n          mutation UpdatePosition($id: ID!, $v: Int) {\n            updatePosition(id: $id, input: { endDate: \"2026-01-31\", version: $v }) {\n              id\n              endDate\n            }\n          }\n        ": types.UpdatePositionDocument,
    "\n          query ChainUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ChainUnitsDocument,
    "\n  query DashboardFigures($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        levelDistribution {\n          level\n          branches\n        }\n        threeStarShare\n        fourStar\n        fourStarLastYear\n        fourStarRatio\n        fiveStar\n        newFiveStar\n        keyTasks {\n          total\n          done\n          completionRate\n          overdue\n        }\n        spotChecksThisQuarter\n        findings {\n          total\n        }\n        findingsThisQuarter {\n          minor\n          major\n          critical\n          total\n        }\n        rectifications {\n          total\n          closed\n          closureRate\n          overdue\n          late\n          awaitingVerification\n        }\n        dailyReports {\n          submitted\n          expected\n          rate\n        }\n      }\n      byChild {\n        unitId\n        unitLevel\n        figures {\n          branches\n          rectifications {\n            total\n          }\n        }\n      }\n    }\n  }\n": types.DashboardFiguresDocument,
    "\n  query DashboardSupervision($w: ID) {\n    supervisionStats(withinId: $w) {\n      planned\n      inProgress\n      completed\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n": types.DashboardSupervisionDocument,
    "\n          query DemoFiveStarTrend($u: ID!) {\n            trend(unitId: $u, metric: FIVE_STAR_COUNT, from: \"2025-12-01\", to: \"2026-11-30\", interval: MONTH) {\n              periodEnd\n              value\n            }\n          }\n        ": types.DemoFiveStarTrendDocument,
    "\n          mutation CreateApiTokenToken($u: ID!) {\n            createApiToken(input: { name: \"files\", unitId: $u }) {\n              token\n            }\n          }\n        ": types.CreateApiTokenTokenDocument,
    "\n        query UploadLimits {\n          uploadLimits {\n            maxFileBytes\n            maxFileMb\n          }\n        }\n      ": types.UploadLimitsDocument,
    "\n  query ImportBatchesOfTest($page: Int) {\n    importBatches(page: $page, perPage: 10) {\n      total\n      items {\n        id\n        kind\n        username\n        fileName\n        sha256\n        created\n        updated\n        unchanged\n        report\n      }\n    }\n  }\n": types.ImportBatchesOfTestDocument,
    "\n  query ImportBatchOfTest($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      created\n      report\n    }\n  }\n": types.ImportBatchOfTestDocument,
    "\n  query AuditOfImport($targetType: String) {\n    auditEntries(filter: { targetType: $targetType }, perPage: 100, sortOrder: DESC) {\n      items {\n        targetType\n        targetId\n        action\n        operation\n        importBatchId\n      }\n    }\n  }\n": types.AuditOfImportDocument,
    "\n          query PeopleTotal {\n            people {\n              total\n            }\n          }\n        ": types.PeopleTotalDocument,
    "\n          mutation CreatePersonInMissingUnit {\n            createPerson(input: { name: \"无单位\", unitId: \"999999\" }) {\n              id\n            }\n          }\n        ": types.CreatePersonInMissingUnitDocument,
    "\n            query PeopleTotal {\n              people {\n                total\n              }\n            }\n          ": types.PeopleTotalDocument,
    "\n          query InjectionAsSearch {\n            units(filter: { search: \"%' or 1=1 --\" }) {\n              total\n            }\n          }\n        ": types.InjectionAsSearchDocument,
    "\n          query PercentAsSearch {\n            units(filter: { search: \"%\" }) {\n              total\n            }\n          }\n        ": types.PercentAsSearchDocument,
    "\n      query QueryTypeName {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    ": types.QueryTypeNameDocument,
    "\n  mutation LogsLogIn($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.LogsLogInDocument,
    "\n          query LogsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.LogsUnitsDocument,
    "\n          mutation LogsCreateApiToken($n: String!, $u: ID!) {\n            createApiToken(input: { name: $n, unitId: $u }) {\n              token\n            }\n          }\n        ": types.LogsCreateApiTokenDocument,
    "\n        query LogsMe {\n          me {\n            id\n          }\n        }\n      ": types.LogsMeDocument,
    "\n  query MtgPeople($unitId: ID!) {\n    people(filter: { unitId: $unitId }, perPage: 10) {\n      items {\n        id\n      }\n    }\n  }\n": types.MtgPeopleDocument,
    "\n  mutation MtgCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      date\n      theme\n      attendees {\n        id\n      }\n      speeches {\n        personId\n        topic\n        person {\n          name\n        }\n      }\n      evaluations {\n        personId\n        selfEvaluation\n        peerEvaluation\n      }\n      summary\n      minutes {\n        id\n      }\n      photos {\n        id\n      }\n    }\n  }\n": types.MtgCreateDocument,
    "\n  mutation MtgAdd($meetingId: ID!, $input: AddMeetingItemInput!) {\n    addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n      kind\n      status\n      overdue\n      deadline\n      answers {\n        id\n      }\n    }\n  }\n": types.MtgAddDocument,
    "\n  mutation MtgClose($id: ID!, $input: CloseMeetingItemInput!) {\n    closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n      overdue\n      closeNote\n      evidence {\n        id\n      }\n    }\n  }\n": types.MtgCloseDocument,
    "\n  mutation MtgReopen($id: ID!, $note: String!) {\n    reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n      reopenCount\n      events {\n        action\n        byName\n        note\n      }\n    }\n  }\n": types.MtgReopenDocument,
    "\n  mutation MtgToPlan($id: ID!) {\n    meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n": types.MtgToPlanDocument,
    "\n  query MtgItems($filter: MeetingItemFilterInput) {\n    meetingItems(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        kind\n        overdue\n        status\n      }\n    }\n  }\n": types.MtgItemsDocument,
    "\n  query MtgMeetings($filter: MeetingFilterInput) {\n    meetings(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        unitId\n        items {\n          kind\n        }\n      }\n    }\n  }\n": types.MtgMeetingsDocument,
    "\n  query MtgStats($unitId: ID!, $year: Int!) {\n    campaignStats(unitId: $unitId, year: $year) {\n      figures {\n        branches\n        meetings {\n          held\n          perUnitPerMonth\n          unitMonths\n          monthlyCoverage\n          itemsOpen\n          itemsOverdue\n          itemsClosed\n          itemsReopened\n          closureRate\n        }\n      }\n      byChild {\n        unitId\n        figures {\n          meetings {\n            held\n            itemsOpen\n            itemsOverdue\n            itemsClosed\n          }\n        }\n      }\n    }\n  }\n": types.MtgStatsDocument,
    "\n          query NPlusOneUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.NPlusOneUnitsDocument,
    "\n            mutation NPlusOneCreateApiToken($u: ID!, $n: String!) {\n              createApiToken(input: { name: $n, unitId: $u }) {\n                token\n              }\n            }\n          ": types.NPlusOneCreateApiTokenDocument,
    "\n      query NPlusOneWebhookDeliveries($w: ID!, $n: Int!) {\n        webhookDeliveries(webhookId: $w, perPage: $n) {\n          total\n          items {\n            id\n            eventType\n            status\n            attemptLog {\n              statusCode\n              latencyMs\n            }\n          }\n        }\n      }\n    ": types.NPlusOneWebhookDeliveriesDocument,
    "\n        query NPlusOneBranches($n: Int!) {\n          branches(perPage: $n) {\n            total\n            items {\n              id\n              name\n              township {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.NPlusOneBranchesDocument,
    "\n        query NPlusOneBranchesItems($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              id\n              ancestors {\n                name\n              }\n              district {\n                name\n              }\n              parent {\n                name\n              }\n              childCount\n            }\n          }\n        }\n      ": types.NPlusOneBranchesItemsDocument,
    "\n        query NPlusOnePeople($n: Int!) {\n          people(perPage: $n) {\n            items {\n              name\n              unit {\n                name\n              }\n              currentPositions {\n                role\n                startDate\n              }\n            }\n          }\n        }\n      ": types.NPlusOnePeopleDocument,
    "\n        query NPlusOnePositions($n: Int!) {\n          positions(perPage: $n) {\n            items {\n              person {\n                name\n              }\n              unit {\n                name\n              }\n              department {\n                name\n              }\n              taskForce {\n                name\n                starType {\n                  nameZh\n                }\n              }\n            }\n          }\n        }\n      ": types.NPlusOnePositionsDocument,
    "\n        query StarOwners($n: Int!) {\n          starOwners(perPage: $n) {\n            items {\n              branch {\n                name\n              }\n              person {\n                name\n              }\n              starType {\n                nameZh\n              }\n            }\n          }\n        }\n      ": types.StarOwnersDocument,
    "\n        query ContactPoints($n: Int!) {\n          contactPoints(perPage: $n) {\n            items {\n              leader {\n                name\n              }\n              unit {\n                name\n                township {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.ContactPointsDocument,
    "\n        query ApiTokensItems($n: Int!) {\n          apiTokens(perPage: $n) {\n            items {\n              name\n              scopeUnit {\n                name\n              }\n              createdBy {\n                username\n              }\n            }\n          }\n        }\n      ": types.ApiTokensItemsDocument,
    "\n        query NPlusOneWebhooks($n: Int!) {\n          webhooks(perPage: $n) {\n            total\n            items {\n              id\n              url\n              enabled\n              scopeUnit {\n                name\n              }\n            }\n          }\n        }\n      ": types.NPlusOneWebhooksDocument,
    "\n        query NPlusOneEvents($n: Int!) {\n          events(first: $n) {\n            edges {\n              cursor\n              node {\n                id\n                type\n                resourceType\n                resourceId\n                payload\n              }\n            }\n          }\n        }\n      ": types.NPlusOneEventsDocument,
    "\n        query NPlusOneAuditEntries($n: Int!) {\n          auditEntries(perPage: $n) {\n            total\n            items {\n              id\n              at\n              username\n              operation\n              action\n              targetType\n              targetId\n              targetLabel\n              actorName\n              changes\n              prevHash\n              hash\n            }\n          }\n        }\n      ": types.NPlusOneAuditEntriesDocument,
    "\n        query NPlusOneImportBatches($n: Int!) {\n          importBatches(perPage: $n) {\n            total\n            items {\n              id\n              kind\n              username\n              fileName\n              created\n              updated\n              unchanged\n              report\n              createdAt\n            }\n          }\n        }\n      ": types.NPlusOneImportBatchesDocument,
    "\n        query NPlusOneKeyTasks($n: Int!) {\n          keyTasks(perPage: $n) {\n            items {\n              code\n              starType {\n                nameZh\n              }\n              leadDepartment {\n                name\n              }\n            }\n          }\n        }\n      ": types.NPlusOneKeyTasksDocument,
    "\n        query NPlusOneBranchesItems2($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              starLevel\n              stars(year: 2026) {\n                starCode\n                status\n              }\n              starHistory {\n                kind\n                date\n              }\n              heldStars {\n                since\n              }\n              pairings {\n                strongBranch {\n                  name\n                }\n                weakBranch {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.NPlusOneBranchesItems2Document,
    "\n        query Plans($n: Int!) {\n          plans(perPage: $n, filter: { level: BRANCH }) {\n            items {\n              title\n              unit {\n                name\n              }\n              stars {\n                starCode\n                intent\n                owner {\n                  name\n                }\n                starType {\n                  nameZh\n                }\n              }\n              rollup {\n                total\n                overdue\n              }\n            }\n          }\n        }\n      ": types.PlansDocument,
    "\n        query PlanItemsItems($n: Int!) {\n          planItems(perPage: $n) {\n            items {\n              title\n              overdue\n              plan {\n                title\n              }\n              unit {\n                name\n              }\n              keyTask {\n                title\n              }\n              responsiblePerson {\n                name\n              }\n              milestones {\n                dueDate\n              }\n            }\n          }\n        }\n      ": types.PlanItemsItemsDocument,
    "\n        query StarApplications($n: Int!) {\n          starApplications(perPage: $n) {\n            items {\n              status\n              allowedActions\n              branch {\n                name\n                starLevel\n              }\n              starType {\n                nameZh\n              }\n              items {\n                keyTask {\n                  title\n                }\n              }\n              transitions {\n                toStatus\n              }\n              objections {\n                status\n              }\n            }\n          }\n        }\n      ": types.StarApplicationsDocument,
    "\n        query StarObjectionsItems($n: Int!) {\n          starObjections(perPage: $n) {\n            items {\n              status\n              allowedActions\n              application {\n                status\n              }\n            }\n          }\n        }\n      ": types.StarObjectionsItemsDocument,
    "\n        query ActionableRectifications($n: Int!) {\n          rectifications(perPage: $n, filter: { actionable: true }) {\n            items {\n              allowedActions\n              submittedAt\n            }\n          }\n        }\n      ": types.ActionableRectificationsDocument,
    "\n        query SpotChecks($n: Int!) {\n          spotChecks(perPage: $n) {\n            items {\n              allowedActions\n              team {\n                name\n                members {\n                  username\n                }\n              }\n              targetUnit {\n                name\n              }\n              findingCount\n              findings {\n                severity\n                allowedActions\n                keyTask {\n                  code\n                }\n                rectification {\n                  status\n                }\n                evidence {\n                  id\n                }\n              }\n              scores {\n                score\n                keyTaskId\n              }\n            }\n          }\n        }\n      ": types.SpotChecksDocument,
    "\n        query Findings($n: Int!) {\n          findings(perPage: $n) {\n            items {\n              allowedActions\n              spotCheck {\n                status\n              }\n              keyTask {\n                code\n              }\n              claimedBy {\n                name\n              }\n              rectification {\n                status\n                overdue\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": types.FindingsDocument,
    "\n        query Rectifications($n: Int!) {\n          rectifications(perPage: $n) {\n            items {\n              overdue\n              allowedActions\n              finding {\n                description\n              }\n              responsibleUnit {\n                name\n              }\n              responsiblePerson {\n                name\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": types.RectificationsDocument,
    "\n        query NPlusOneUsers($n: Int!) {\n          users(perPage: $n) {\n            total\n            items {\n              username\n              roles\n              unit {\n                name\n              }\n              person {\n                name\n              }\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.NPlusOneUsersDocument,
    "\n        query DailyReportsItems($n: Int!) {\n          dailyReports(perPage: $n) {\n            items {\n              reportDate\n              unit {\n                name\n              }\n              figures {\n                label\n                value\n              }\n            }\n          }\n        }\n      ": types.DailyReportsItemsDocument,
    "\n        query MonthlyObservationsItems($n: Int!) {\n          monthlyObservations(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              visits {\n                score\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.MonthlyObservationsItemsDocument,
    "\n        query ResidentRequestsItems($n: Int!) {\n          residentRequests(perPage: $n) {\n            items {\n              title\n              stage\n              residentName\n              phone\n              address\n              overdue\n              unit {\n                name\n              }\n              meeting {\n                topic\n              }\n              timeline {\n                action\n                byName\n              }\n            }\n          }\n        }\n      ": types.ResidentRequestsItemsDocument,
    "\n        query ResidentMeetingsItems($n: Int!) {\n          residentMeetings(perPage: $n) {\n            items {\n              topic\n              requestIds\n              unit {\n                name\n              }\n            }\n          }\n        }\n      ": types.ResidentMeetingsItemsDocument,
    "\n        query CommunityMembersItems($n: Int!) {\n          communityMembers(perPage: $n) {\n            items {\n              name\n              kind\n              person {\n                name\n              }\n            }\n          }\n        }\n      ": types.CommunityMembersItemsDocument,
    "\n        query MeetingsItems($n: Int!) {\n          meetings(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              attendees {\n                name\n              }\n              speeches {\n                topic\n                person {\n                  name\n                }\n              }\n              evaluations {\n                person {\n                  name\n                }\n              }\n              minutes {\n                id\n              }\n              photos {\n                id\n              }\n              items {\n                kind\n                overdue\n              }\n            }\n          }\n        }\n      ": types.MeetingsItemsDocument,
    "\n        query MeetingItemsItems($n: Int!) {\n          meetingItems(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              ownerUnit {\n                name\n              }\n              ownerPerson {\n                name\n              }\n              overdue\n              answers {\n                content\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      ": types.MeetingItemsItemsDocument,
    "\n        query PostsItems($n: Int!) {\n          posts(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              live\n              cover {\n                id\n              }\n              images {\n                id\n              }\n              stars {\n                nameZh\n              }\n              keyTasks {\n                id\n              }\n              tagUnits {\n                name\n              }\n              events {\n                action\n              }\n            }\n          }\n        }\n      ": types.PostsItemsDocument,
    "\n          query PermissionsBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        ": types.PermissionsBranchesDocument,
    "\n          query DepartmentsItems {\n            departments(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.DepartmentsItemsDocument,
    "\n          query TaskForcesItems {\n            taskForces(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.TaskForcesItemsDocument,
    "\n          query PermissionsPositions {\n            positions(filter: { role: COUNTY_LEADER }, perPage: 1) {\n              items {\n                personId\n              }\n            }\n          }\n        ": types.PermissionsPositionsDocument,
    "\n          query ContactPointsItems($u: ID!) {\n            contactPoints(filter: { unitId: $u }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ContactPointsItemsDocument,
    "\n          query PermissionsKeyTasks {\n            keyTasks(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.PermissionsKeyTasksDocument,
    "\n          query StarOwnersItems($b: ID!) {\n            starOwners(filter: { branchId: $b }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarOwnersItemsDocument,
    "\n          mutation PermissionsCreatePerson($u: ID!) {\n            createPerson(input: { name: \"矩阵测试\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.PermissionsCreatePersonDocument,
    "\n          mutation CreatePositionId($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        ": types.CreatePositionIdDocument,
    "\n        mutation CreateTestStarType($code: String!, $zh: String!, $en: String!) {\n          createStarType(input: { code: $code, nameZh: $zh, nameEn: $en, categories: [RURAL, COMMUNITY] }) {\n            code\n          }\n        }\n      ": types.CreateTestStarTypeDocument,
    "\n        mutation PermissionsCreateUnit($p: ID!, $n: String!) {\n          createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) {\n            id\n          }\n        }\n      ": types.PermissionsCreateUnitDocument,
    "\n        mutation PermissionsUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { sortOrder: 1 }) {\n            id\n          }\n        }\n      ": types.PermissionsUpdateUnitDocument,
    "\n        mutation PermissionsCreatePersonId($u: ID!) {\n          createPerson(input: { name: \"新人\", unitId: $u }) {\n            id\n          }\n        }\n      ": types.PermissionsCreatePersonIdDocument,
    "\n        mutation PermissionsUpdatePerson($id: ID!) {\n          updatePerson(id: $id, input: { title: \"委员\" }) {\n            id\n          }\n        }\n      ": types.PermissionsUpdatePersonDocument,
    "\n        mutation CreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      ": types.CreatePositionIdDocument,
    "\n        mutation UpdatePositionId($id: ID!) {\n          updatePosition(id: $id, input: { endDate: \"2026-12-31\" }) {\n            id\n          }\n        }\n      ": types.UpdatePositionIdDocument,
    "\n        mutation UpdateStarOwner($id: ID!) {\n          updateStarOwner(id: $id, input: { endDate: \"2030-12-31\" }) {\n            id\n          }\n        }\n      ": types.UpdateStarOwnerDocument,
    "\n        mutation PermissionsCreateDepartment($d: ID!, $c: String!) {\n          createDepartment(input: { districtId: $d, code: $c, name: \"测试部门\" }) {\n            id\n          }\n        }\n      ": types.PermissionsCreateDepartmentDocument,
    "\n        mutation UpdateDepartment($id: ID!) {\n          updateDepartment(id: $id, input: { sortOrder: 3 }) {\n            id\n          }\n        }\n      ": types.UpdateDepartmentDocument,
    "\n        mutation CreateTaskForce($d: ID!, $s: String!, $l: ID!) {\n          createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) {\n            id\n          }\n        }\n      ": types.CreateTaskForceDocument,
    "\n        mutation UpdateTaskForce($id: ID!) {\n          updateTaskForce(id: $id, input: { name: \"专班改名\" }) {\n            id\n          }\n        }\n      ": types.UpdateTaskForceDocument,
    "\n        mutation CreateContactPoint($l: ID!, $u: ID!) {\n          createContactPoint(input: { leaderId: $l, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      ": types.CreateContactPointDocument,
    "\n        mutation UpdateContactPoint($id: ID!) {\n          updateContactPoint(id: $id, input: { note: \"长板：产业\" }) {\n            id\n          }\n        }\n      ": types.UpdateContactPointDocument,
    "\n        mutation CreateStarType($c: String!) {\n          createStarType(input: { code: $c, nameZh: \"星\", nameEn: \"Star\", categories: [RURAL] }) {\n            code\n          }\n        }\n      ": types.CreateStarTypeDocument,
    "\n        mutation UpdateStarType {\n          updateStarType(code: \"STRONG_BRANCH\", input: { sortOrder: 5 }) {\n            code\n          }\n        }\n      ": types.UpdateStarTypeDocument,
    "\n        mutation CreateKeyTask($c: String!) {\n          createKeyTask(\n            input: { edition: 2026, code: $c, starCode: \"STRONG_BRANCH\", category: RURAL, title: \"测试任务\" }\n          ) {\n            id\n          }\n        }\n      ": types.CreateKeyTaskDocument,
    "\n        mutation UpdateKeyTask($id: ID!) {\n          updateKeyTask(id: $id, input: { weight: 4 }) {\n            id\n          }\n        }\n      ": types.UpdateKeyTaskDocument,
    "\n  mutation PgBouncerLogin($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n      user {\n        unitId\n      }\n    }\n  }\n": types.PgBouncerLoginDocument,
    "\n  query PgBouncerCampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      asOf\n      figures {\n        dailyReports {\n          submitted\n          expected\n        }\n      }\n      byChild {\n        unitId\n        unitName\n      }\n    }\n  }\n": types.PgBouncerCampaignStatsDocument,
    "\n          query PlansBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": types.PlansBranchesDocument,
    "\n          query PlanItemsTotal {\n            planItems(filter: { overdue: true, year: 2026 }) {\n              total\n            }\n          }\n        ": types.PlanItemsTotalDocument,
    "\n          query PlansBranchesItems {\n            branches(perPage: 100) {\n              items {\n                starLevel\n              }\n            }\n          }\n        ": types.PlansBranchesItemsDocument,
    "\n            query PlansBranchesTotalItems($l: Int) {\n              branches(filter: { starLevel: $l }, perPage: 100) {\n                total\n                items {\n                  starLevel\n                }\n              }\n            }\n          ": types.PlansBranchesTotalItemsDocument,
    "\n            query PlansBranchesTotal($w: ID) {\n              branches(filter: { starLevel: 0, withinId: $w }) {\n                total\n              }\n            }\n          ": types.PlansBranchesTotalDocument,
    "\n        query PlansBranchesTotal2 {\n          branches(filter: { starLevel: 6 }) {\n            total\n          }\n        }\n      ": types.PlansBranchesTotal2Document,
    "\n          mutation CreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2027\n                title: \"2027年创星计划\"\n                stars: [\n                  { starCode: \"STRONG_BRANCH\", intent: KEEP }\n                  { starCode: \"INDUSTRY_PROSPERITY\", intent: TARGET }\n                  { starCode: \"SAFETY_AND_RULE_OF_LAW\", intent: STRIVE }\n                ]\n              }\n            ) {\n              id\n              level\n              unitId\n              stars {\n                starCode\n                intent\n              }\n            }\n          }\n        ": types.CreatePlanDocument,
    "\n            mutation CreatePlanId($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2027, title: \"重复\" }) {\n                id\n              }\n            }\n          ": types.CreatePlanIdDocument,
    "\n            mutation PlansCreatePlan($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2028, title: \"x\" }) {\n                id\n              }\n            }\n          ": types.PlansCreatePlanDocument,
    "\n            mutation PlansCreatePlanId($u: ID!) {\n              createPlan(\n                input: { unitId: $u, year: 2027, title: \"x\", stars: [{ starCode: \"STRONG_BRANCH\", intent: KEEP }] }\n              ) {\n                id\n              }\n            }\n          ": types.PlansCreatePlanIdDocument,
    "\n          query PlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2027 }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.PlansItemsDocument,
    "\n          mutation CreatePlanItem($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"建设集体经济项目\", deadline: \"2027-06-30\" }) {\n              id\n              status\n              progress\n              overdue\n              milestones {\n                id\n                title\n                dueDate\n              }\n            }\n          }\n        ": types.CreatePlanItemDocument,
    "\n          mutation UpdatePlanMilestone($id: ID!) {\n            updatePlanMilestone(id: $id, input: { dueDate: \"2027-04-15\", doneOn: \"2027-03-01\" }) {\n              dueDate\n              doneOn\n            }\n          }\n        ": types.UpdatePlanMilestoneDocument,
    "\n            mutation UpdatePlanMilestoneDueDate($id: ID!) {\n              updatePlanMilestone(id: $id, input: { dueDate: \"2027-07-15\" }) {\n                dueDate\n              }\n            }\n          ": types.UpdatePlanMilestoneDueDateDocument,
    "\n          mutation UpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        ": types.UpdatePlanItemDocument,
    "\n          mutation UpdatePlanItemStatusProgressCompletedAt($id: ID!) {\n            updatePlanItem(id: $id, input: { progress: 40 }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        ": types.UpdatePlanItemStatusProgressCompletedAtDocument,
    "\n            mutation UpdatePlanItemId($id: ID!) {\n              updatePlanItem(id: $id, input: { progress: 140 }) {\n                id\n              }\n            }\n          ": types.UpdatePlanItemIdDocument,
    "\n          mutation CreatePlanItemId($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"边界任务\", deadline: \"2027-03-31\" }) {\n              id\n            }\n          }\n        ": types.CreatePlanItemIdDocument,
    "\n      query PlanItemsByOverdue($p: ID!) {\n        all: planItems(filter: { planId: $p }) {\n          items {\n            id\n            overdue\n          }\n        }\n        late: planItems(filter: { planId: $p, overdue: true }) {\n          items {\n            id\n          }\n        }\n        onTime: planItems(filter: { planId: $p, overdue: false }) {\n          items {\n            id\n          }\n        }\n      }\n    ": types.PlanItemsByOverdueDocument,
    "\n          mutation PlansUpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              id\n            }\n          }\n        ": types.PlansUpdatePlanItemDocument,
    "\n          query PlansPlans {\n            plans(filter: { year: 2026, level: DISTRICT }) {\n              items {\n                id\n                level\n                unit {\n                  id\n                }\n                rollup {\n                  total\n                  done\n                  overdue\n                  completion\n                  units\n                }\n              }\n            }\n          }\n        ": types.PlansPlansDocument,
    "\n          query PlansPlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                rollup {\n                  total\n                  units\n                }\n              }\n            }\n          }\n        ": types.PlansPlansItemsDocument,
    "\n          query BattleMap($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n              rows {\n                unitId\n                unitName\n                unitLevel\n                total\n                notStarted\n                inProgress\n                done\n                overdue\n                nextDeadline\n                completion\n                starLevel\n                branches\n                branchesByLevel\n                keepStars\n                targetStars\n                striveStars\n              }\n            }\n          }\n        ": types.BattleMapDocument,
    "\n          query BattleMapRows($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              rows {\n                unitLevel\n                starLevel\n                total\n                targetStars\n              }\n            }\n          }\n        ": types.BattleMapRowsDocument,
    "\n          query BattleMapAsOf($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n            }\n          }\n        ": types.BattleMapAsOfDocument,
    "\n      query BattleMapAsOfUnitRows($u: ID!) {\n        battleMap(unitId: $u, year: 2026) {\n          asOf\n          unit {\n            name\n          }\n          rows {\n            unitId\n            total\n            overdue\n            nextDeadline\n            completion\n            starLevel\n            branchesByLevel\n            targetStars\n          }\n        }\n      }\n    ": types.BattleMapAsOfUnitRowsDocument,
    "\n  mutation PubCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n      bodyHtml\n      version\n      images {\n        id\n      }\n      cover {\n        id\n      }\n    }\n  }\n": types.PubCreatePostDocument,
    "\n  mutation PubUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      status\n      bodyHtml\n    }\n  }\n": types.PubUpdatePostDocument,
    "\n  mutation PubSubmitPost($id: ID!) {\n    submitPost(id: $id) {\n      id\n      status\n    }\n  }\n": types.PubSubmitPostDocument,
    "\n  mutation PubReviewPost($id: ID!, $input: ReviewPostInput!) {\n    reviewPost(id: $id, input: $input) {\n      id\n      status\n      live\n      scheduled\n      publishedAt\n      lastComment\n    }\n  }\n": types.PubReviewPostDocument,
    "\n  mutation PubWithdrawPost($id: ID!, $comment: String!) {\n    withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n      live\n    }\n  }\n": types.PubWithdrawPostDocument,
    "\n  query PubPost($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      events {\n        action\n        fromStatus\n        toStatus\n        byName\n        at\n        comment\n      }\n    }\n  }\n": types.PubPostDocument,
    "\n  query PubPosts($filter: PostFilterInput) {\n    posts(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        status\n        title\n      }\n    }\n  }\n": types.PubPostsDocument,
    "\n  query PubPublished($unitId: ID, $first: Int, $after: String) {\n    publishedPosts(unitId: $unitId, first: $first, after: $after) {\n      nextCursor\n      items {\n        id\n        title\n        contentHtml\n        unitName\n        coverUrl\n        coverThumbnailUrl\n        contentHtmlAbsolute\n        coverAbsoluteUrl\n        coverThumbnailAbsoluteUrl\n      }\n    }\n  }\n": types.PubPublishedDocument,
    "\n            query PubPreview($format: PostFormat!, $body: String!) {\n              postPreview(format: $format, body: $body)\n            }\n          ": types.PubPreviewDocument,
    "\n          query MeUsername {\n            me {\n              username\n            }\n          }\n        ": types.MeUsernameDocument,
    "\n              mutation WrongPasswordOf($u: String!) {\n                login(username: $u, password: \"x\") {\n                  token\n                }\n              }\n            ": types.WrongPasswordOfDocument,
    "\n          mutation RateLimitsCreateApiToken($u: ID!) {\n            createApiToken(input: { name: \"限流测试\", unitId: $u }) {\n              token\n            }\n          }\n        ": types.RateLimitsCreateApiTokenDocument,
    "\n              query BranchesTotal {\n                branches(perPage: 1) {\n                  total\n                }\n              }\n            ": types.BranchesTotalDocument,
    "\n      query BranchProfile($id: ID!) {\n        branchProfile(id: $id) {\n          year\n        }\n      }\n    ": types.BranchProfileDocument,
    "\n      query UnitId($id: ID!) {\n        unit(id: $id) {\n          id\n        }\n      }\n    ": types.UnitIdDocument,
    "\n  query MeId {\n    me {\n      id\n    }\n  }\n": types.MeIdDocument,
    "\n          query RestEdgeBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.RestEdgeBranchesDocument,
    "\n          query RestEdgeBranchesItems {\n            branches(perPage: 5, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.RestEdgeBranchesItemsDocument,
    "\n            query ScopeBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  name\n                  version\n                  township {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          ": types.ScopeBranchesDocument,
    "\n            query ScopeBranchesTotal {\n              branches {\n                total\n              }\n            }\n          ": types.ScopeBranchesTotalDocument,
    "\n          query ScopeBranchesAndUnits {\n            branches(perPage: 100) {\n              total\n              items {\n                id\n                township {\n                  name\n                }\n              }\n            }\n            units(perPage: 100) {\n              total\n              items {\n                id\n              }\n            }\n          }\n        ": types.ScopeBranchesAndUnitsDocument,
    "\n          query ScopeBranchesTotal2 {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        ": types.ScopeBranchesTotal2Document,
    "\n      query BranchIdName($id: ID!) {\n        branch(id: $id) {\n          id\n          name\n        }\n      }\n    ": types.BranchIdNameDocument,
    "\n            query UnitId($id: ID!) {\n              unit(id: $id) {\n                id\n              }\n            }\n          ": types.UnitIdDocument,
    "\n            query ScopeAccountabilityChain($id: ID!) {\n              accountabilityChain(branchId: $id, starCode: \"STRONG_BRANCH\") {\n                date\n              }\n            }\n          ": types.ScopeAccountabilityChainDocument,
    "\n      query PeopleAndPositionsAndStarOwnersEtc {\n        people(perPage: 100) {\n          total\n          items {\n            unit {\n              id\n            }\n          }\n        }\n        positions(perPage: 100) {\n          total\n          items {\n            scope: unit {\n              id\n            }\n          }\n        }\n        starOwners(perPage: 100) {\n          total\n        }\n        contactPoints(perPage: 100) {\n          total\n          items {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    ": types.PeopleAndPositionsAndStarOwnersEtcDocument,
    "\n          query DepartmentsAndTaskForces {\n            departments {\n              total\n            }\n            taskForces {\n              total\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        ": types.DepartmentsAndTaskForcesDocument,
    "\n      mutation UpdateUnitIdNameVersion($id: ID!, $v: Int) {\n        updateUnit(id: $id, input: { name: \"樱桃沟社区（改）\", version: $v }) {\n          id\n          name\n          version\n        }\n      }\n    ": types.UpdateUnitIdNameVersionDocument,
    "\n          query BranchName($id: ID!) {\n            branch(id: $id) {\n              name\n            }\n          }\n        ": types.BranchNameDocument,
    "\n          mutation ScopeUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        ": types.ScopeUpdateUnitDocument,
    "\n            mutation UpdateUnitId($id: ID!) {\n              updateUnit(id: $id, input: { name: \"x\" }) {\n                id\n              }\n            }\n          ": types.UpdateUnitIdDocument,
    "\n          mutation CreateStarTypeCode {\n            createStarType(input: { code: \"X\", nameZh: \"x\", nameEn: \"x\", categories: [RURAL] }) {\n              code\n            }\n          }\n        ": types.CreateStarTypeCodeDocument,
    "\n      mutation CreateDepartmentIdName($d: ID!) {\n        createDepartment(input: { districtId: $d, code: \"TEST\", name: \"测试部门\" }) {\n          id\n          name\n        }\n      }\n    ": types.CreateDepartmentIdNameDocument,
    "\n          mutation ScopeCreatePerson($u: ID!) {\n            createPerson(input: { name: \"新委员\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.ScopeCreatePersonDocument,
    "\n        mutation CreatePositionIdActive($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n            active\n          }\n        }\n      ": types.CreatePositionIdActiveDocument,
    "\n          mutation ScopeCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"某人\", unitId: $u }) {\n              id\n            }\n          }\n        ": types.ScopeCreatePersonIdDocument,
    "\n          mutation ScopeCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: TOWNSHIP_SECRETARY, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        ": types.ScopeCreatePositionDocument,
    "\n          query StarOwnersTotalItems {\n            starOwners(perPage: 100) {\n              total\n              items {\n                starCode\n              }\n            }\n          }\n        ": types.StarOwnersTotalItemsDocument,
    "\n          query ScopeBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.ScopeBranchesItemsDocument,
    "\n      query AccountabilityChainLinks($b: ID!, $s: String!) {\n        accountabilityChain(branchId: $b, starCode: $s) {\n          links {\n            role\n          }\n        }\n      }\n    ": types.AccountabilityChainLinksDocument,
    "\n              query MeUsername {\n                me {\n                  username\n                }\n              }\n            ": types.MeUsernameDocument,
    "\n          mutation Logout {\n            logout\n          }\n        ": types.LogoutDocument,
    "\n            query BranchesTotal {\n              branches(perPage: 1) {\n                total\n              }\n            }\n          ": types.BranchesTotalDocument,
    "\n            query BranchesAndUnitsAndPeopleEtc {\n              branches(perPage: 1) {\n                total\n              }\n              units {\n                total\n              }\n              people {\n                total\n              }\n              departments {\n                total\n              }\n            }\n          ": types.BranchesAndUnitsAndPeopleEtcDocument,
    "\n      query MeUsername {\n        me {\n          username\n        }\n      }\n    ": types.MeUsernameDocument,
    "\n        mutation SessionCacheChangePassword {\n          changePassword(currentPassword: \"not-the-password\", newPassword: \"Session-Cache-2026\") {\n            mustChangePassword\n          }\n        }\n      ": types.SessionCacheChangePasswordDocument,
    "\n          query StarsEvidenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsEvidenceBranchesDocument,
    "\n          query StarsEvidenceKeyTasks {\n            keyTasks(perPage: 1, filter: { starCode: \"STRONG_BRANCH\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsEvidenceKeyTasksDocument,
    "\n          mutation ApplyForStarIdItems($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n              items {\n                evidence {\n                  id\n                  name\n                  mimeType\n                  url\n                }\n              }\n            }\n          }\n        ": types.ApplyForStarIdItemsDocument,
    "\n          query StarsEvidencePlans($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsEvidencePlansDocument,
    "\n          mutation CreatePlanItemIdEvidence($p: ID!, $f: [ID!]) {\n            createPlanItem(input: { planId: $p, title: \"阵地建设\", deadline: \"2026-12-20\", evidenceFileIds: $f }) {\n              id\n              evidence {\n                id\n              }\n            }\n          }\n        ": types.CreatePlanItemIdEvidenceDocument,
    "\n          mutation UpdatePlanItemEvidence($id: ID!, $f: [ID!]) {\n            updatePlanItem(id: $id, input: { progress: 80, evidenceFileIds: $f }) {\n              evidence {\n                id\n              }\n            }\n          }\n        ": types.UpdatePlanItemEvidenceDocument,
    "\n          query MeAndBranches {\n            me {\n              id\n            }\n            branches(perPage: 100) {\n              items {\n                id\n                name\n                starLevel\n              }\n            }\n          }\n        ": types.MeAndBranchesDocument,
    "\n          query StarsKitBranches {\n            branches(perPage: 100, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsKitBranchesDocument,
    "\n          query BranchProfileBranchYearTasks($id: ID!) {\n            branchProfile(id: $id, year: 2026) {\n              branch {\n                name\n              }\n              year\n              tasks {\n                code\n                title\n                starCode\n              }\n              baseline {\n                label\n                value\n              }\n              measures {\n                title\n                deadline\n                status\n                overdue\n              }\n              mechanisms {\n                title\n              }\n              ratingMethod\n            }\n          }\n        ": types.BranchProfileBranchYearTasksDocument,
    "\n            query BranchProfile($id: ID!) {\n              branchProfile(id: $id) {\n                year\n              }\n            }\n          ": types.BranchProfileDocument,
    "\n          query StarsKitPlanItems($id: ID!) {\n            planItems(filter: { unitId: $id, year: 2026 }) {\n              items {\n                title\n                deadline\n              }\n            }\n          }\n        ": types.StarsKitPlanItemsDocument,
    "\n  fragment ApplicationFields on StarApplication {\n    id\n    status\n    allowedActions\n    noticeStartsOn\n    noticeEndsOn\n    selfScore\n    starCode\n    branchId\n    items {\n      keyTaskId\n      met\n      score\n    }\n    transitions {\n      fromStatus\n      toStatus\n      decision\n      actorName\n      comment\n      at\n    }\n    objections {\n      id\n      status\n      reason\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n        mutation ApplyForTestStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            ...ApplicationFields\n          }\n        }\n      ": types.ApplyForTestStarDocument,
    "\n        mutation ReviewTestApplication($id: ID!, $i: ReviewStarApplicationInput!) {\n          reviewStarApplication(id: $id, input: $i) {\n            ...ApplicationFields\n          }\n        }\n      ": types.ReviewTestApplicationDocument,
    "\n          query TestApplication($id: ID!) {\n            starApplication(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        ": types.TestApplicationDocument,
    "\n          query BranchStarLevel($id: ID!) {\n            branch(id: $id) {\n              starLevel\n            }\n          }\n        ": types.BranchStarLevelDocument,
    "\n            query StarsLifecycleBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  category\n                }\n              }\n            }\n          ": types.StarsLifecycleBranchesDocument,
    "\n          query StarsLifecycleKeyTasks($c: BranchCategory) {\n            keyTasks(perPage: 100, filter: { starCode: \"INDUSTRY_PROSPERITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsLifecycleKeyTasksDocument,
    "\n            query StarsLifecycleKeyTasksItems($s: String, $c: BranchCategory) {\n              keyTasks(perPage: 3, filter: { starCode: $s, category: $c }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.StarsLifecycleKeyTasksItemsDocument,
    "\n          mutation FinalizeStarAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              status\n            }\n          }\n        ": types.FinalizeStarAwardDocument,
    "\n            mutation FinalizeStarAward($id: ID!) {\n              finalizeStarAward(id: $id) {\n                status\n              }\n            }\n          ": types.FinalizeStarAwardDocument,
    "\n          mutation FinalizeTestAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        ": types.FinalizeTestAwardDocument,
    "\n          query BranchStarsStarHistory($id: ID!) {\n            branch(id: $id) {\n              stars(year: 2026) {\n                starCode\n                status\n                since\n                applicationStatus\n              }\n              starHistory {\n                starCode\n                kind\n                date\n              }\n            }\n          }\n        ": types.BranchStarsStarHistoryDocument,
    "\n          query StarsLifecycleKeyTasksItems2 {\n            keyTasks(perPage: 1, filter: { starCode: \"ECOLOGICAL_LIVABILITY\" }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsLifecycleKeyTasksItems2Document,
    "\n          query StarsLifecycleKeyTasksItems3($c: BranchCategory) {\n            keyTasks(perPage: 5, filter: { starCode: \"ECOLOGICAL_LIVABILITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsLifecycleKeyTasksItems3Document,
    "\n          mutation ResubmitTwiceTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              id\n            }\n          }\n        ": types.ResubmitTwiceTestApplicationDocument,
    "\n          mutation ResubmitTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              ...ApplicationFields\n            }\n          }\n        ": types.ResubmitTestApplicationDocument,
    "\n            mutation ResubmitStarApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n              resubmitStarApplication(id: $id, input: $i) {\n                id\n              }\n            }\n          ": types.ResubmitStarApplicationDocument,
    "\n          query StarsLifecycleKeyTasksItems4 {\n            keyTasks(perPage: 3, filter: { starCode: \"CIVILITY_AND_HAPPINESS\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.StarsLifecycleKeyTasksItems4Document,
    "\n          mutation FileObjection($id: ID!, $r: String!) {\n            fileObjection(applicationId: $id, reason: $r) {\n              id\n              status\n            }\n          }\n        ": types.FileObjectionDocument,
    "\n            mutation ResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: true) {\n                id\n              }\n            }\n          ": types.ResolveObjectionDocument,
    "\n            mutation FinalizeStarAwardId($id: ID!) {\n              finalizeStarAward(id: $id) {\n                id\n              }\n            }\n          ": types.FinalizeStarAwardIdDocument,
    "\n          mutation ResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: true, comment: \"经核实属实\") {\n              status\n            }\n          }\n        ": types.ResolveObjectionStatusDocument,
    "\n            mutation StarsLifecycleResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: false) {\n                status\n              }\n            }\n          ": types.StarsLifecycleResolveObjectionDocument,
    "\n          mutation StarsLifecycleResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: false, comment: \"不属实\") {\n              status\n            }\n          }\n        ": types.StarsLifecycleResolveObjectionStatusDocument,
    "\n            mutation RevokeStar($b: ID!) {\n              revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"x\") {\n                id\n              }\n            }\n          ": types.RevokeStarDocument,
    "\n          mutation RevokeStarStarCodeSinceUntil($b: ID!) {\n            revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"发生安全事故（三零）\") {\n              starCode\n              since\n              until\n              endKind\n              endReason\n            }\n          }\n        ": types.RevokeStarStarCodeSinceUntilDocument,
    "\n          mutation DowngradeStar($b: ID!) {\n            downgradeStar(branchId: $b, starCode: \"CIVILITY_AND_HAPPINESS\", reason: \"整改未到位\") {\n              id\n            }\n          }\n        ": types.DowngradeStarDocument,
    "\n          query BranchStarHistory($id: ID!) {\n            branch(id: $id) {\n              starHistory {\n                starCode\n                kind\n                date\n                reason\n              }\n            }\n          }\n        ": types.BranchStarHistoryDocument,
    "\n          mutation StarsLifecycleCreateStarType {\n            createStarType(\n              input: {\n                code: \"LIVELIHOOD_SERVICE\"\n                nameZh: \"民生服务星\"\n                nameEn: \"Livelihood service\"\n                categories: [COMMUNITY, RURAL]\n              }\n            ) {\n              code\n            }\n          }\n        ": types.StarsLifecycleCreateStarTypeDocument,
    "\n          mutation CreateKeyTaskId {\n            createKeyTask(\n              input: {\n                edition: 2026\n                code: \"LS-01\"\n                starCode: \"LIVELIHOOD_SERVICE\"\n                category: COMMUNITY\n                title: \"便民服务\"\n              }\n            ) {\n              id\n            }\n          }\n        ": types.CreateKeyTaskIdDocument,
    "\n          mutation PairBranches($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w, note: \"产业帮扶\" }) {\n              id\n              startDate\n              strongBranch {\n                id\n              }\n              weakBranch {\n                id\n              }\n            }\n          }\n        ": types.PairBranchesDocument,
    "\n            query BranchPairings($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  id\n                  note\n                  strongBranch {\n                    id\n                  }\n                  weakBranch {\n                    id\n                  }\n                }\n              }\n            }\n          ": types.BranchPairingsDocument,
    "\n            mutation PairBranchesId($s: ID!, $w: ID!) {\n              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n                id\n              }\n            }\n          ": types.PairBranchesIdDocument,
    "\n            query Units {\n              units(filter: { level: DISTRICT }) {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.UnitsDocument,
    "\n          mutation CreateRestartTownship($parentId: ID!) {\n            createUnit(\n              input: { name: \"重启测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $parentId }\n            ) {\n              id\n            }\n          }\n        ": types.CreateRestartTownshipDocument,
    "\n          query UnitsTotal {\n            units(filter: { search: \"重启测试街道\" }) {\n              total\n            }\n          }\n        ": types.UnitsTotalDocument,
    "\n              query StartBranches {\n                branches {\n                  total\n                }\n              }\n            ": types.StartBranchesDocument,
    "\n  fragment AllFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n": types.AllFiguresFragmentDoc,
    "\n  query CampaignStatsWithChildren($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...AllFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...AllFigures\n        }\n      }\n    }\n  }\n": types.CampaignStatsWithChildrenDocument,
    "\n      query Trend($u: ID!, $m: StatsMetric!, $f: String!, $t: String!, $i: TrendInterval) {\n        trend(unitId: $u, metric: $m, from: $f, to: $t, interval: $i) {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n    ": types.TrendDocument,
    "\n      query AverageLevelTrend($u: ID!, $f: String!, $t: String!) {\n        trend(unitId: $u, metric: AVERAGE_LEVEL, from: $f, to: $t) {\n          value\n        }\n      }\n    ": types.AverageLevelTrendDocument,
    "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    status\n    plannedFor\n    targetUnitId\n    teamId\n    findingCount\n  }\n": types.SpotCheckFieldsFragmentDoc,
    "\n  query SpotChecksTotalItems($f: SpotCheckFilterInput) {\n    spotChecks(filter: $f, perPage: 100) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": types.SpotChecksTotalItemsDocument,
    "\n  query SupervisionStats {\n    supervisionStats {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      closedRectifications\n    }\n  }\n": types.SupervisionStatsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    status\n    reopenCount\n    overdue\n    deadline\n    events {\n      action\n      fromStatus\n      toStatus\n      byName\n      comment\n    }\n  }\n": types.RectificationFieldsFragmentDoc,
    "\n          query SupervisionBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        ": types.SupervisionBranchesDocument,
    "\n        mutation SupervisionCreateApiToken($u: ID!) {\n          createApiToken(input: { name: \"看板\", unitId: $u }) {\n            token\n          }\n        }\n      ": types.SupervisionCreateApiTokenDocument,
    "\n        mutation CreateSupervisionTeam($i: CreateSupervisionTeamInput!) {\n          createSupervisionTeam(input: $i) {\n            id\n            members {\n              username\n            }\n          }\n        }\n      ": types.CreateSupervisionTeamDocument,
    "\n        query Supervisors($u: ID!) {\n          supervisors(unitId: $u) {\n            username\n          }\n        }\n      ": types.SupervisorsDocument,
    "\n            query Supervisors($u: ID!) {\n              supervisors(unitId: $u) {\n                username\n              }\n            }\n          ": types.SupervisorsDocument,
    "\n          query SupervisionKeyTasks {\n            keyTasks(perPage: 3, filter: { category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.SupervisionKeyTasksDocument,
    "\n        mutation PlanTestSpotCheck($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            ...SpotCheckFields\n          }\n        }\n      ": types.PlanTestSpotCheckDocument,
    "\n            query FindingsTotal($s: ID) {\n              findings(filter: { spotCheckId: $s }) {\n                total\n              }\n            }\n          ": types.FindingsTotalDocument,
    "\n            query Finding($x: ID!) {\n              finding(id: $x) {\n                id\n              }\n            }\n          ": types.FindingDocument,
    "\n          mutation RecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"试探\" }) {\n              id\n            }\n          }\n        ": types.RecordFindingDocument,
    "\n              query SpotCheckIdTargetUnit($x: ID!) {\n                spotCheck(id: $x) {\n                  id\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            ": types.SpotCheckIdTargetUnitDocument,
    "\n        mutation StartSpotCheck($x: ID!) {\n          startSpotCheck(id: $x, input: { location: \"社区党群服务中心\" }) {\n            status\n          }\n        }\n      ": types.StartSpotCheckDocument,
    "\n        mutation RecordFindingIdStarCode($x: ID!, $k: ID) {\n          recordFinding(spotCheckId: $x, input: { keyTaskId: $k, severity: MAJOR, description: \"台账不全\" }) {\n            id\n            starCode\n          }\n        }\n      ": types.RecordFindingIdStarCodeDocument,
    "\n        query SupervisionAuditEntries($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n            items {\n              operation\n            }\n          }\n        }\n      ": types.SupervisionAuditEntriesDocument,
    "\n        mutation CompleteSpotCheck($x: ID!, $i: CompleteSpotCheckInput!) {\n          completeSpotCheck(id: $x, input: $i) {\n            status\n            overallScore\n          }\n        }\n      ": types.CompleteSpotCheckDocument,
    "\n          query SpotCheckStatusFindingsScores($x: ID!) {\n            spotCheck(id: $x) {\n              status\n              findings {\n                description\n              }\n              scores {\n                score\n              }\n            }\n          }\n        ": types.SpotCheckStatusFindingsScoresDocument,
    "\n        mutation RecordFindingIdEvidence($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"公示栏破损\", evidenceFileIds: $e }) {\n            id\n            evidence {\n              id\n              name\n              mimeType\n            }\n          }\n        }\n      ": types.RecordFindingIdEvidenceDocument,
    "\n        mutation RecordFindingId($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"x\", evidenceFileIds: $e }) {\n            id\n          }\n        }\n      ": types.RecordFindingIdDocument,
    "\n        mutation CompleteSpotCheckId($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n            id\n          }\n        }\n      ": types.CompleteSpotCheckIdDocument,
    "\n      query SupervisionSpotChecks($u: ID) {\n        spotChecks(filter: { withinId: $u, status: PLANNED }) {\n          total\n          items {\n            targetUnit {\n              name\n            }\n          }\n        }\n      }\n    ": types.SupervisionSpotChecksDocument,
    "\n            query SupervisionSpotChecksTotalItems {\n              spotChecks {\n                total\n                items {\n                  status\n                }\n              }\n            }\n          ": types.SupervisionSpotChecksTotalItemsDocument,
    "\n        query SpotChecksAndRectificationsAndRectificationsEtc {\n          a: spotChecks(filter: { status: IN_PROGRESS }) {\n            total\n          }\n          r1: rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n          r2: rectifications(filter: { status: SUBMITTED }) {\n            total\n          }\n          r3: rectifications(filter: { status: CLOSED }) {\n            total\n          }\n          o: rectifications(filter: { overdue: true }) {\n            total\n          }\n        }\n      ": types.SpotChecksAndRectificationsAndRectificationsEtcDocument,
    "\n        query RectificationsTotal {\n          rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n        }\n      ": types.RectificationsTotalDocument,
    "\n        query SupervisionAuditEntriesTotal($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n          }\n        }\n      ": types.SupervisionAuditEntriesTotalDocument,
    "\n        query AuditEntriesItems {\n          auditEntries(perPage: 100, filter: { targetType: \"SpotCheck\" }) {\n            items {\n              targetId\n            }\n          }\n        }\n      ": types.AuditEntriesItemsDocument,
    "\n      mutation StartSpotCheckIdStatusVersion($x: ID!) {\n        startSpotCheck(id: $x, input: { clientMutationId: \"start-0001-abc\", location: \"村委会\" }) {\n          id\n          status\n          version\n        }\n      }\n    ": types.StartSpotCheckIdStatusVersionDocument,
    "\n      mutation SupervisionRecordFinding($x: ID!) {\n        recordFinding(\n          spotCheckId: $x\n          input: { clientMutationId: \"finding-0001-abc\", severity: CRITICAL, description: \"公示栏未更新\" }\n        ) {\n          id\n        }\n      }\n    ": types.SupervisionRecordFindingDocument,
    "\n        mutation SupervisionRecordFindingId($x: ID!) {\n          recordFinding(\n            spotCheckId: $x\n            input: { clientMutationId: \"finding-0001-abc\", severity: MINOR, description: \"别的\" }\n          ) {\n            id\n          }\n        }\n      ": types.SupervisionRecordFindingIdDocument,
    "\n      mutation CompleteSpotCheckIdStatus($x: ID!) {\n        completeSpotCheck(id: $x, input: { clientMutationId: \"complete-0001\", summary: \"完成\", methodAttested: true }) {\n          id\n          status\n        }\n      }\n    ": types.CompleteSpotCheckIdStatusDocument,
    "\n        mutation SupervisionRecordFindingId2($x: ID!) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"早\" }) {\n            id\n          }\n        }\n      ": types.SupervisionRecordFindingId2Document,
    "\n        mutation SupervisionCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"x\", methodAttested: false }) {\n            id\n          }\n        }\n      ": types.SupervisionCompleteSpotCheckDocument,
    "\n        mutation PlanSpotCheckId($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            id\n          }\n        }\n      ": types.PlanSpotCheckIdDocument,
    "\n          mutation StartSpotCheckId($x: ID!) {\n            startSpotCheck(id: $x, input: {}) {\n              id\n            }\n          }\n        ": types.StartSpotCheckIdDocument,
    "\n                mutation SupervisionRecordFindingId3($x: ID!, $d: String!) {\n                  recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: $d }) {\n                    id\n                  }\n                }\n              ": types.SupervisionRecordFindingId3Document,
    "\n          mutation AssignRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n            }\n          }\n        ": types.AssignRectificationDocument,
    "\n          mutation CompleteSpotCheckId($x: ID!) {\n            completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n              id\n            }\n          }\n        ": types.CompleteSpotCheckIdDocument,
    "\n          mutation AssignTestRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              ...RectificationFields\n            }\n          }\n        ": types.AssignTestRectificationDocument,
    "\n              query RectificationStatusFinding($x: ID!) {\n                rectification(id: $x) {\n                  status\n                  finding {\n                    description\n                  }\n                }\n              }\n            ": types.RectificationStatusFindingDocument,
    "\n            mutation SubmitTestRectification($x: ID!, $n: String!) {\n              submitRectification(id: $x, input: { note: $n }) {\n                ...RectificationFields\n              }\n            }\n          ": types.SubmitTestRectificationDocument,
    "\n            mutation VerifyTestRectification($x: ID!, $a: Boolean!, $c: String) {\n              verifyRectification(id: $x, input: { accept: $a, comment: $c }) {\n                ...RectificationFields\n              }\n            }\n          ": types.VerifyTestRectificationDocument,
    "\n          mutation SubmitRectification($x: ID!, $e: [ID!]) {\n            submitRectification(id: $x, input: { note: \"已补齐\", evidenceFileIds: $e }) {\n              status\n              evidence {\n                name\n              }\n            }\n          }\n        ": types.SubmitRectificationDocument,
    "\n          mutation SubmitRectificationId($x: ID!) {\n            submitRectification(id: $x, input: { note: \"再交\" }) {\n              id\n            }\n          }\n        ": types.SubmitRectificationIdDocument,
    "\n          mutation AssignRectificationIdOverdue($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n              overdue\n            }\n          }\n        ": types.AssignRectificationIdOverdueDocument,
    "\n              query RectificationOverdue($x: ID!) {\n                rectification(id: $x) {\n                  overdue\n                }\n              }\n            ": types.RectificationOverdueDocument,
    "\n          query RectificationsItems {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n                overdue\n              }\n            }\n          }\n        ": types.RectificationsItemsDocument,
    "\n          mutation SupervisionSubmitRectification($x: ID!) {\n            submitRectification(id: $x, input: { note: \"已整改\" }) {\n              id\n            }\n          }\n        ": types.SupervisionSubmitRectificationDocument,
    "\n          mutation VerifyRectification($x: ID!) {\n            verifyRectification(id: $x, input: { accept: true }) {\n              id\n            }\n          }\n        ": types.VerifyRectificationDocument,
    "\n          query SupervisionRectifications {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.SupervisionRectificationsDocument,
    "\n          query UnitsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 2, sortField: \"id\") {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        ": types.UnitsUnitsDocument,
    "\n        mutation CreateUnitIdNameLevel($i: CreateUnitInput!) {\n          createUnit(input: $i) {\n            id\n            name\n            level\n            depth\n            parentId\n            ancestors {\n              id\n            }\n            township {\n              id\n            }\n          }\n        }\n      ": types.CreateUnitIdNameLevelDocument,
    "\n          mutation UpdateUnitParentIdTownship($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              parentId\n              township {\n                id\n              }\n            }\n          }\n        ": types.UpdateUnitParentIdTownshipDocument,
    "\n          query UnitsUnitsItems($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.UnitsUnitsItemsDocument,
    "\n          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        ": types.UnitsUpdateUnitDocument,
    "\n          query UnitAncestors($id: ID!) {\n            unit(id: $id) {\n              ancestors {\n                id\n              }\n            }\n          }\n        ": types.UnitAncestorsDocument,
    "\n          query UnitsUnitsItems2($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.UnitsUnitsItems2Document,
    "\n          mutation UnitsUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        ": types.UnitsUpdateUnitIdDocument,
    "\n            query UnitParentId($id: ID!) {\n              unit(id: $id) {\n                parentId\n              }\n            }\n          ": types.UnitParentIdDocument,
    "\n          query Unit($id: ID!) {\n            unit(id: $id) {\n              name\n              version\n            }\n          }\n        ": types.UnitDocument,
    "\n      mutation UnitsUpdateUnitNameVersion($id: ID!, $n: String!, $v: Int) {\n        updateUnit(id: $id, input: { name: $n, version: $v }) {\n          name\n          version\n        }\n      }\n    ": types.UnitsUpdateUnitNameVersionDocument,
    "\n            query UnitName($id: ID!) {\n              unit(id: $id) {\n                name\n              }\n            }\n          ": types.UnitNameDocument,
    "\n          query UnitChildCountChildren($id: ID!) {\n            unit(id: $id) {\n              childCount\n              children {\n                id\n                level\n                childCount\n              }\n            }\n          }\n        ": types.UnitChildCountChildrenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsE2EUsers {\n    users(perPage: 100) {\n      total\n      items {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountsE2EUsers {\n    users(perPage: 100) {\n      total\n      items {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActionsOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ActionsOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActionsTeams {\n            supervisionTeams(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ActionsTeams {\n            supervisionTeams(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ActionsPlan($i: PlanSpotCheckInput!) {\n            planSpotCheck(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ActionsPlan($i: PlanSpotCheckInput!) {\n            planSpotCheck(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ActionsStart($id: ID!) {\n          startSpotCheck(id: $id, input: {}) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ActionsStart($id: ID!) {\n          startSpotCheck(id: $id, input: {}) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ActionsRecord($id: ID!, $d: String!) {\n            recordFinding(spotCheckId: $id, input: { severity: MAJOR, description: $d }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ActionsRecord($id: ID!, $d: String!) {\n            recordFinding(spotCheckId: $id, input: { severity: MAJOR, description: $d }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ActionsComplete($id: ID!) {\n          completeSpotCheck(id: $id, input: { summary: \"浏览器测试\", methodAttested: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ActionsComplete($id: ID!) {\n          completeSpotCheck(id: $id, input: { summary: \"浏览器测试\", methodAttested: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ActionsAssign($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"更新宣传栏\", deadline: \"2027-12-31\" }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ActionsAssign($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"更新宣传栏\", deadline: \"2027-12-31\" }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActionsBranchCategory {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ActionsBranchCategory {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ActionsStarTypes {\n            starTypes {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query ActionsStarTypes {\n            starTypes {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ActionsKeyTasks($s: String, $c: BranchCategory) {\n              keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ActionsKeyTasks($s: String, $c: BranchCategory) {\n              keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ActionsApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ActionsApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ActionsSubmit($id: ID!) {\n          submitRectification(id: $id, input: { note: \"已更新宣传栏\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ActionsSubmit($id: ID!) {\n          submitRectification(id: $id, input: { note: \"已更新宣传栏\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActionsRectification($id: ID!) {\n          rectification(id: $id) {\n            status\n            allowedActions\n          }\n        }\n      "): (typeof documents)["\n        query ActionsRectification($id: ID!) {\n          rectification(id: $id) {\n            status\n            allowedActions\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ActionsQueue {\n        starApplications(filter: { actionable: true }, perPage: 100) {\n          total\n          items {\n            id\n            status\n            allowedActions\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ActionsQueue {\n        starApplications(filter: { actionable: true }, perPage: 100) {\n          total\n          items {\n            id\n            status\n            allowedActions\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Branches {\n            branches(filter: { search: \"浏览器测试\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query Branches {\n            branches(filter: { search: \"浏览器测试\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchesItems {\n            branches(filter: { search: \"建新南街社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BranchesItems {\n            branches(filter: { search: \"建新南街社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccountabilityChain($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              links {\n                role\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccountabilityChain($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              links {\n                role\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation Logout {\n              logout\n            }\n          "): (typeof documents)["\n            mutation Logout {\n              logout\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        threeStarShare\n        fourStar\n        fiveStar\n        levelDistribution {\n          level\n          branches\n        }\n        starHolders {\n          starName\n          branches\n        }\n        keyTasks {\n          total\n          completionRate\n          overdue\n        }\n        rectifications {\n          overdue\n          late\n        }\n        spotChecksThisQuarter\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          branches\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        threeStarShare\n        fourStar\n        fiveStar\n        levelDistribution {\n          level\n          branches\n        }\n        starHolders {\n          starName\n          branches\n        }\n        keyTasks {\n          total\n          completionRate\n          overdue\n        }\n        rectifications {\n          overdue\n          late\n        }\n        spotChecksThisQuarter\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          branches\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSupervisionE2e($w: ID) {\n    supervisionStats(withinId: $w) {\n      completed\n    }\n  }\n"): (typeof documents)["\n  query DashboardSupervisionE2e($w: ID) {\n    supervisionStats(withinId: $w) {\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Units {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Units {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Me {\n            me {\n              grants {\n                unitId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Me {\n            me {\n              grants {\n                unitId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SupervisionTeams {\n            supervisionTeams {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SupervisionTeams {\n            supervisionTeams {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DashboardBranches($w: ID) {\n            branches(filter: { withinId: $w }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DashboardBranches($w: ID) {\n            branches(filter: { withinId: $w }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-12-30\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-12-30\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NewestFindings {\n            findings(sortField: \"recordedAt\", sortOrder: DESC, perPage: 1) {\n              total\n              items {\n                id\n                description\n                spotCheckId\n                spotCheck {\n                  status\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query NewestFindings {\n            findings(sortField: \"recordedAt\", sortOrder: DESC, perPage: 1) {\n              total\n              items {\n                id\n                description\n                spotCheckId\n                spotCheck {\n                  status\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      theme\n      attendeeIds\n      speeches {\n        personId\n        topic\n      }\n      evaluations {\n        personId\n        selfEvaluation\n      }\n      items {\n        id\n        kind\n        content\n        status\n        closeNote\n        answers {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      theme\n      attendeeIds\n      speeches {\n        personId\n        topic\n      }\n      evaluations {\n        personId\n        selfEvaluation\n      }\n      items {\n        id\n        kind\n        content\n        status\n        closeNote\n        answers {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMeetingPeople($filter: PersonFilterInput) {\n    people(filter: $filter, perPage: 100) {\n      items {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eMeetingPeople($filter: PersonFilterInput) {\n    people(filter: $filter, perPage: 100) {\n      items {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMeetingUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eMeetingUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OfflineSetup {\n            supervisionTeams(perPage: 10) {\n              items {\n                id\n                name\n              }\n            }\n            branches(filter: { search: \"樱桃沟\" }) {\n              items {\n                id\n                name\n              }\n            }\n            keyTasks(perPage: 2) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OfflineSetup {\n            supervisionTeams(perPage: 10) {\n              items {\n                id\n                name\n              }\n            }\n            branches(filter: { search: \"樱桃沟\" }) {\n              items {\n                id\n                name\n              }\n            }\n            keyTasks(perPage: 2) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation OfflinePlan($input: PlanSpotCheckInput!) {\n            planSpotCheck(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation OfflinePlan($input: PlanSpotCheckInput!) {\n            planSpotCheck(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation OfflineOtherDeviceStarts($id: ID!) {\n            startSpotCheck(id: $id, input: { location: \"另一台设备\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation OfflineOtherDeviceStarts($id: ID!) {\n            startSpotCheck(id: $id, input: { location: \"另一台设备\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2ePostUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2ePostUnits($filter: UnitFilterInput) {\n    units(filter: $filter, perPage: 5) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ePostMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation E2ePostMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2ePostImages($id: ID!) {\n    post(id: $id) {\n      cover {\n        id\n      }\n      images {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2ePostImages($id: ID!) {\n    post(id: $id) {\n      cover {\n        id\n      }\n      images {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarApplication($id: ID!) {\n            starApplication(id: $id) {\n              branchId\n            }\n          }\n        "): (typeof documents)["\n          query StarApplication($id: ID!) {\n            starApplication(id: $id) {\n              branchId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsBranches {\n            branches(perPage: 3, sortField: \"name\") {\n              items {\n                id\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsBranches {\n            branches(perPage: 3, sortField: \"name\") {\n              items {\n                id\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WeakBranchPairings($id: ID!) {\n            branch(id: $id) {\n              pairings {\n                id\n                note\n                endDate\n                strongBranch {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query WeakBranchPairings($id: ID!) {\n            branch(id: $id) {\n              pairings {\n                id\n                note\n                endDate\n                strongBranch {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WeakBranchPairingEnds($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  endDate\n                }\n              }\n            }\n          "): (typeof documents)["\n            query WeakBranchPairingEnds($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  endDate\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlanItems {\n            planItems(perPage: 1, sortField: \"deadline\") {\n              items {\n                id\n                deadline\n                plan {\n                  title\n                }\n                keyTask {\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlanItems {\n            planItems(perPage: 1, sortField: \"deadline\") {\n              items {\n                id\n                deadline\n                plan {\n                  title\n                }\n                keyTask {\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlanItem($id: ID!) {\n            planItem(id: $id) {\n              milestones {\n                title\n                dueDate\n                doneOn\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlanItem($id: ID!) {\n            planItem(id: $id) {\n              milestones {\n                title\n                dueDate\n                doneOn\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsBranchesItems2 {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsBranchesItems2 {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query KeyTasks($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 2, sortField: \"code\") {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query KeyTasks($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 2, sortField: \"code\") {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ApplyForStar($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ApplyForStar($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarApplicationStatusSelfScoreItems($id: ID!) {\n            starApplication(id: $id) {\n              status\n              selfScore\n              items {\n                keyTaskId\n                met\n                score\n                note\n                evidence {\n                  name\n                }\n              }\n              transitions {\n                toStatus\n                comment\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarApplicationStatusSelfScoreItems($id: ID!) {\n            starApplication(id: $id) {\n              status\n              selfScore\n              items {\n                keyTaskId\n                met\n                score\n                note\n                evidence {\n                  name\n                }\n              }\n              transitions {\n                toStatus\n                comment\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query KeyTasksItems($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 1, sortField: \"code\") {\n              items {\n                id\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          query KeyTasksItems($f: KeyTaskFilterInput) {\n            keyTasks(filter: $f, perPage: 1, sortField: \"code\") {\n              items {\n                id\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApplyForStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ApplyForStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query StarApplicationsTotal {\n              starApplications {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query StarApplicationsTotal {\n              starApplications {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpotCheck($x: ID!) {\n          spotCheck(id: $x) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query SpotCheck($x: ID!) {\n          spotCheck(id: $x) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpotCheckStatusFindings($x: ID!) {\n          spotCheck(id: $x) {\n            status\n            findings {\n              description\n              evidence {\n                mimeType\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpotCheckStatusFindings($x: ID!) {\n          spotCheck(id: $x) {\n            status\n            findings {\n              description\n              evidence {\n                mimeType\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpotCheckFindings($x: ID!) {\n          spotCheck(id: $x) {\n            findings {\n              rectification {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpotCheckFindings($x: ID!) {\n          spotCheck(id: $x) {\n            findings {\n              rectification {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Rectification($x: ID!) {\n          rectification(id: $x) {\n            status\n            events {\n              action\n            }\n            evidence {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Rectification($x: ID!) {\n          rectification(id: $x) {\n            status\n            events {\n              action\n            }\n            evidence {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SupervisionTeamsItems {\n          supervisionTeams(perPage: 100) {\n            items {\n              name\n              members {\n                username\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SupervisionTeamsItems {\n          supervisionTeams(perPage: 100) {\n            items {\n              name\n              members {\n                username\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Units {\n          units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Units {\n          units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AppraisalWeights($d: ID!) {\n          appraisalWeights(districtId: $d) {\n            tour\n            planCompletion\n          }\n        }\n      "): (typeof documents)["\n        query AppraisalWeights($d: ID!) {\n          appraisalWeights(districtId: $d) {\n            tour\n            planCompletion\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($n: String!, $u: ID!) {\n    createApiToken(input: { name: $n, unitId: $u }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($n: String!, $u: ID!) {\n    createApiToken(input: { name: $n, unitId: $u }) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BranchesTotal {\n          branches(perPage: 1) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query BranchesTotal {\n          branches(perPage: 1) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsItems {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟景区\" }) {\n              items {\n                id\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsItems {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟景区\" }) {\n              items {\n                id\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SystemBranches($u: ID!) {\n            branches(filter: { withinId: $u }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query SystemBranches($u: ID!) {\n            branches(filter: { withinId: $u }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SystemUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SystemUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditEntries($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              items {\n                id\n                at\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuditEntries($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              items {\n                id\n                at\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokens {\n            apiTokens(perPage: 100) {\n              items {\n                id\n                expiresAt\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokens {\n            apiTokens(perPage: 100) {\n              items {\n                id\n                expiresAt\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditEntriesTotal($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query AuditEntriesTotal($f: AuditFilterInput) {\n            auditEntries(filter: $f) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VerifyAuditChain {\n            verifyAuditChain {\n              valid\n              checked\n              firstInvalidId\n            }\n          }\n        "): (typeof documents)["\n          query VerifyAuditChain {\n            verifyAuditChain {\n              valid\n              checked\n              firstInvalidId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ApiTokensTotal {\n                apiTokens {\n                  total\n                }\n              }\n            "): (typeof documents)["\n              query ApiTokensTotal {\n                apiTokens {\n                  total\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SystemAuditEntries {\n                auditEntries {\n                  total\n                }\n              }\n            "): (typeof documents)["\n              query SystemAuditEntries {\n                auditEntries {\n                  total\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LogIn($u: String!, $p: String!) {\n            login(username: $u, password: $p) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation LogIn($u: String!, $p: String!) {\n            login(username: $u, password: $p) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInAs($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LogInAs($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TwoProcessesBranches {\n      branches(perPage: 25, page: 3, sortField: \"name\") {\n        total\n        items {\n          id\n          name\n          township {\n            name\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TwoProcessesBranches {\n      branches(perPage: 25, page: 3, sortField: \"name\") {\n        total\n        items {\n          id\n          name\n          township {\n            name\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TwoProcessesUnits {\n      units(filter: { level: TOWNSHIP }, perPage: 100) {\n        total\n        items {\n          id\n          name\n          childCount\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TwoProcessesUnits {\n      units(filter: { level: TOWNSHIP }, perPage: 100) {\n        total\n        items {\n          id\n          name\n          childCount\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TwoProcessesPeople {\n      people(perPage: 50, filter: { search: \"王\" }) {\n        total\n        items {\n          id\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TwoProcessesPeople {\n      people(perPage: 50, filter: { search: \"王\" }) {\n        total\n        items {\n          id\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StarTypesAndKeyTasks {\n      starTypes {\n        code\n        nameZh\n        categories\n      }\n      keyTasks(perPage: 100) {\n        total\n        items {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StarTypesAndKeyTasks {\n      starTypes {\n        code\n        nameZh\n        categories\n      }\n      keyTasks(perPage: 100) {\n        total\n        items {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TwoProcessesWrite {\n        changePassword(currentPassword: \"not-the-password\", newPassword: \"Zwei-Prozesse-2027\") {\n          mustChangePassword\n        }\n      }\n    "): (typeof documents)["\n      mutation TwoProcessesWrite {\n        changePassword(currentPassword: \"not-the-password\", newPassword: \"Zwei-Prozesse-2027\") {\n          mustChangePassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TwoProcessesEndedMe {\n      me {\n        username\n      }\n    }\n  "): (typeof documents)["\n    query TwoProcessesEndedMe {\n      me {\n        username\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MeUsername {\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query MeUsername {\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TwoProcessesBranchesItems {\n            branches(perPage: 1, sortField: \"name\") {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TwoProcessesBranchesItems {\n            branches(perPage: 1, sortField: \"name\") {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateUnitNameVersion($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"双进程测试社区\", version: $v }) {\n            name\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateUnitNameVersion($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"双进程测试社区\", version: $v }) {\n            name\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchNameVersion($id: ID!) {\n              branch(id: $id) {\n                name\n                version\n              }\n            }\n          "): (typeof documents)["\n            query BranchNameVersion($id: ID!) {\n              branch(id: $id) {\n                name\n                version\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesUpdateUnit($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"旧版本\", version: $v }) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesUpdateUnit($id: ID!, $v: Int) {\n          updateUnit(id: $id, input: { name: \"旧版本\", version: $v }) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TwoProcessesAccountLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation TwoProcessesAccountLogin($u: String!, $p: String!) {\n        login(username: $u, password: $p) {\n          token\n          user {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoProcessesAccountMe {\n        me {\n          username\n          mustChangePassword\n        }\n      }\n    "): (typeof documents)["\n      query TwoProcessesAccountMe {\n        me {\n          username\n          mustChangePassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesDeactivate($id: ID!) {\n          deactivateUser(id: $id) {\n            active\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesDeactivate($id: ID!) {\n          deactivateUser(id: $id) {\n            active\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesReactivate($id: ID!) {\n          reactivateUser(id: $id) {\n            active\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesReactivate($id: ID!) {\n          reactivateUser(id: $id) {\n            active\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesReset($id: ID!) {\n          resetPassword(userId: $id) {\n            temporaryPassword\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesReset($id: ID!) {\n          resetPassword(userId: $id) {\n            temporaryPassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TwoProcessesAccountUnits {\n        units(perPage: 1) {\n          total\n        }\n      }\n    "): (typeof documents)["\n      query TwoProcessesAccountUnits {\n        units(perPage: 1) {\n          total\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            mustChangePassword\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            mustChangePassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TwoProcessesDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TwoProcessesDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesGrantLeader($id: ID!, $u: ID!) {\n          grantRole(userId: $id, input: { role: LEADER, unitId: $u }) {\n            roles\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesGrantLeader($id: ID!, $u: ID!) {\n          grantRole(userId: $id, input: { role: LEADER, unitId: $u }) {\n            roles\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation TwoProcessesLoginToken {\n                login(username: \"leader\", password: \"wrong\") {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation TwoProcessesLoginToken {\n                login(username: \"leader\", password: \"wrong\") {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesLoginToken2 {\n          login(username: \"leader\", password: \"fivestar\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesLoginToken2 {\n          login(username: \"leader\", password: \"fivestar\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($id: ID!, $n: String!, $v: Int) {\n    updateUnit(id: $id, input: { name: $n, version: $v }) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($id: ID!, $n: String!, $v: Int) {\n    updateUnit(id: $id, input: { name: $n, version: $v }) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntriesTotalItems($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100) {\n      total\n      items {\n        action\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntriesTotalItems($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100) {\n      total\n      items {\n        action\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsAndUnits {\n            t: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n              items {\n                id\n              }\n            }\n            d: units(filter: { level: DISTRICT }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsAndUnits {\n            t: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n              items {\n                id\n              }\n            }\n            d: units(filter: { level: DISTRICT }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateDepartment($d: ID!, $n: String!) {\n        createDepartment(input: { districtId: $d, code: \"RACE\", name: $n }) {\n          id\n          code\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation CreateDepartment($d: ID!, $n: String!) {\n        createDepartment(input: { districtId: $d, code: \"RACE\", name: $n }) {\n          id\n          code\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Departments {\n            departments(perPage: 100) {\n              items {\n                id\n                code\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Departments {\n            departments(perPage: 100) {\n              items {\n                id\n                code\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation Login {\n              login(username: \"admin\", password: \"fivestar\") {\n                token\n              }\n            }\n          "): (typeof documents)["\n            mutation Login {\n              login(username: \"admin\", password: \"fivestar\") {\n                token\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                query BranchesTotalItems {\n                  branches(perPage: 5) {\n                    total\n                    items {\n                      name\n                      township {\n                        name\n                      }\n                    }\n                  }\n                }\n              "): (typeof documents)["\n                query BranchesTotalItems {\n                  branches(perPage: 5) {\n                    total\n                    items {\n                      name\n                      township {\n                        name\n                      }\n                    }\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FaultsUnits {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  version\n                }\n              }\n            }\n          "): (typeof documents)["\n            query FaultsUnits {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  version\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateUnitName($id: ID!) {\n            updateUnit(id: $id, input: { name: \"停机前的修改\" }) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdateUnitName($id: ID!) {\n            updateUnit(id: $id, input: { name: \"停机前的修改\" }) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FaultsUnitsItems {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  name\n                  version\n                }\n              }\n            }\n          "): (typeof documents)["\n            query FaultsUnitsItems {\n              units(filter: { level: TOWNSHIP }, perPage: 1) {\n                items {\n                  id\n                  name\n                  version\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FaultsUpdateUnit($id: ID!) {\n            updateUnit(id: $id, input: { name: \"被中断的修改\" }) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation FaultsUpdateUnit($id: ID!) {\n            updateUnit(id: $id, input: { name: \"被中断的修改\" }) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileFixtures {\n          district: units(filter: { level: DISTRICT }, perPage: 1) {\n            items {\n              id\n            }\n          }\n          township: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n            items {\n              id\n            }\n          }\n          branch: branches(filter: { search: \"樱桃沟社区\" }) {\n            items {\n              id\n            }\n          }\n          people(perPage: 1) {\n            items {\n              id\n            }\n          }\n          positions(perPage: 1) {\n            items {\n              id\n            }\n          }\n          departments(perPage: 1) {\n            items {\n              id\n            }\n          }\n          keyTasks(perPage: 1) {\n            items {\n              id\n            }\n          }\n          taskForces(perPage: 1) {\n            items {\n              id\n            }\n          }\n          contactPoints(perPage: 1) {\n            items {\n              id\n              leaderId\n            }\n          }\n          starOwners(perPage: 1) {\n            items {\n              id\n            }\n          }\n          me {\n            id\n          }\n          u: units {\n            total\n          }\n          b: branches {\n            total\n          }\n          p: people {\n            total\n          }\n          k: keyTasks {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query HostileFixtures {\n          district: units(filter: { level: DISTRICT }, perPage: 1) {\n            items {\n              id\n            }\n          }\n          township: units(filter: { level: TOWNSHIP }, perPage: 1, sortField: \"id\") {\n            items {\n              id\n            }\n          }\n          branch: branches(filter: { search: \"樱桃沟社区\" }) {\n            items {\n              id\n            }\n          }\n          people(perPage: 1) {\n            items {\n              id\n            }\n          }\n          positions(perPage: 1) {\n            items {\n              id\n            }\n          }\n          departments(perPage: 1) {\n            items {\n              id\n            }\n          }\n          keyTasks(perPage: 1) {\n            items {\n              id\n            }\n          }\n          taskForces(perPage: 1) {\n            items {\n              id\n            }\n          }\n          contactPoints(perPage: 1) {\n            items {\n              id\n              leaderId\n            }\n          }\n          starOwners(perPage: 1) {\n            items {\n              id\n            }\n          }\n          me {\n            id\n          }\n          u: units {\n            total\n          }\n          b: branches {\n            total\n          }\n          p: people {\n            total\n          }\n          k: keyTasks {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BranchMemberOf($b: ID!) {\n          positions(filter: { unitId: $b, role: BRANCH_MEMBER }, perPage: 1) {\n            items {\n              personId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BranchMemberOf($b: ID!) {\n          positions(filter: { unitId: $b, role: BRANCH_MEMBER }, perPage: 1) {\n            items {\n              personId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query HealthyAfterwards {\n              branches {\n                total\n              }\n              me {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query HealthyAfterwards {\n              branches {\n                total\n              }\n              me {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TablesStillThere {\n            u: units {\n              total\n            }\n            p: people {\n              total\n            }\n            k: keyTasks {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query TablesStillThere {\n            u: units {\n              total\n            }\n            p: people {\n              total\n            }\n            k: keyTasks {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($u: ID!, $k: String, $n: String!) {\n    createPerson(input: { name: $n, unitId: $u, clientMutationId: $k }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($u: ID!, $k: String, $n: String!) {\n    createPerson(input: { name: $n, unitId: $u, clientMutationId: $k }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query People($s: String) {\n            people(filter: { search: $s }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query People($s: String) {\n            people(filter: { search: $s }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query IdempotencyBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query IdempotencyBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query IdempotencyAuditEntries($id: String) {\n            auditEntries(filter: { targetType: \"Person\", targetId: $id }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query IdempotencyAuditEntries($id: String) {\n            auditEntries(filter: { targetType: \"Person\", targetId: $id }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateUnit($p: ID!) {\n            createUnit(input: { name: \"越界区\", level: DISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateUnit($p: ID!) {\n            createUnit(input: { name: \"越界区\", level: DISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateUnitId($p: ID!) {\n            createUnit(input: { name: \"越界街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateUnitId($p: ID!) {\n            createUnit(input: { name: \"越界街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateUnitId2($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateUnitId2($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreatePerson($u: ID!) {\n            createPerson(input: { name: \"越界书记\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreatePerson($u: ID!) {\n            createPerson(input: { name: \"越界书记\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateStarOwner($p: ID!, $u: ID!) {\n            createStarOwner(input: { personId: $p, branchId: $u, starCode: \"STRONG_BRANCH\", startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateStarOwner($p: ID!, $u: ID!) {\n            createStarOwner(input: { personId: $p, branchId: $u, starCode: \"STRONG_BRANCH\", startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateDepartment($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"ORG\", name: \"越界区委组织部\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateDepartment($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"ORG\", name: \"越界区委组织部\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateTaskForceId($d: ID!, $l: ID!) {\n            createTaskForce(input: { districtId: $d, starCode: \"STRONG_BRANCH\", leadDepartmentId: $l }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateTaskForceId($d: ID!, $l: ID!) {\n            createTaskForce(input: { districtId: $d, starCode: \"STRONG_BRANCH\", leadDepartmentId: $l }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"越界县级领导\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"越界县级领导\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatrixCreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: COUNTY_LEADER, unitId: $u, startDate: \"2024-01-01\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MatrixCreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: COUNTY_LEADER, unitId: $u, startDate: \"2024-01-01\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateContactPointId($p: ID!, $u: ID!) {\n            createContactPoint(input: { leaderId: $p, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateContactPointId($p: ID!, $u: ID!) {\n            createContactPoint(input: { leaderId: $p, unitId: $u, startDate: \"2024-01-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateApiTokenApiToken($u: ID!) {\n            createApiToken(input: { name: \"越界令牌\", unitId: $u }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateApiTokenApiToken($u: ID!) {\n            createApiToken(input: { name: \"越界令牌\", unitId: $u }) {\n              apiToken {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateSupervisionTeamId($d: ID!, $l: ID!) {\n            createSupervisionTeam(input: { name: \"越界督导组\", scopeUnitId: $d, leaderUserId: $l, memberUserIds: [] }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateSupervisionTeamId($d: ID!, $l: ID!) {\n            createSupervisionTeam(input: { name: \"越界督导组\", scopeUnitId: $d, leaderUserId: $l, memberUserIds: [] }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-06-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPlanSpotCheck($t: ID!, $u: ID!) {\n            planSpotCheck(input: { teamId: $t, targetUnitId: $u, plannedFor: \"2026-06-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StartSpotCheckId($x: ID!) {\n          startSpotCheck(id: $x, input: {}) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation StartSpotCheckId($x: ID!) {\n          startSpotCheck(id: $x, input: {}) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixRecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: \"越界问题\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixRecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: \"越界问题\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixRecordFindingId($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"越界问题二\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixRecordFindingId($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"越界问题二\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatrixCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"越界\", methodAttested: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MatrixCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"越界\", methodAttested: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignRectificationId($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"越界整改\", deadline: \"2026-12-31\" }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignRectificationId($f: ID!, $u: ID!) {\n            assignRectification(\n              findingId: $f\n              input: { responsibleUnitId: $u, measures: \"越界整改\", deadline: \"2026-12-31\" }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateMonthlyObservationId($d: ID!, $b: ID!) {\n            createMonthlyObservation(\n              input: { unitId: $d, heldOn: \"2026-01-10\", title: \"越界观摩\", visits: [{ unitId: $b, score: 90 }] }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateMonthlyObservationId($d: ID!, $b: ID!) {\n            createMonthlyObservation(\n              input: { unitId: $d, heldOn: \"2026-01-10\", title: \"越界观摩\", visits: [{ unitId: $b, score: 90 }] }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateUnitId3($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区二\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateUnitId3($p: ID!) {\n            createUnit(\n              input: { name: \"越界社区二\", level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2026\n                title: \"越界规划\"\n                stars: [{ starCode: \"STRONG_BRANCH\", intent: TARGET }]\n              }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2026\n                title: \"越界规划\"\n                stars: [{ starCode: \"STRONG_BRANCH\", intent: TARGET }]\n              }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePlanItemIdMilestones($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"越界任务\", deadline: \"2026-12-31\" }) {\n              id\n              milestones {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePlanItemIdMilestones($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"越界任务\", deadline: \"2026-12-31\" }) {\n              id\n              milestones {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PairBranchesId($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PairBranchesId($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixCreateUser($u: ID!) {\n            createUser(\n              input: {\n                username: \"matrix.account\"\n                displayName: \"越界支部账号\"\n                roles: [{ role: BRANCH_STAFF, unitId: $u }]\n              }\n            ) {\n              user {\n                id\n                grants {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixCreateUser($u: ID!) {\n            createUser(\n              input: {\n                username: \"matrix.account\"\n                displayName: \"越界支部账号\"\n                roles: [{ role: BRANCH_STAFF, unitId: $u }]\n              }\n            ) {\n              user {\n                id\n                grants {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SoakBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SoakBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SoakBranchesItems($t: ID) {\n            branches(filter: { parentId: $t }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SoakBranchesItems($t: ID) {\n            branches(filter: { parentId: $t }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BranchesAndUnits {\n          branches(perPage: 100) {\n            items {\n              id\n            }\n          }\n          d: units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BranchesAndUnits {\n          branches(perPage: 100) {\n            items {\n              id\n            }\n          }\n          d: units(filter: { level: DISTRICT }) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PeopleItems {\n            people(perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PeopleItems {\n            people(perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SoakBranchesTotalItems($p: Int!) {\n            branches(perPage: 20, page: $p, sortField: \"name\") {\n              total\n              items {\n                id\n                name\n                category\n                township {\n                  name\n                }\n                ancestors {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SoakBranchesTotalItems($p: Int!) {\n            branches(perPage: 20, page: $p, sortField: \"name\") {\n              total\n              items {\n                id\n                name\n                category\n                township {\n                  name\n                }\n                ancestors {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsTotalItems {\n            units(filter: { level: TOWNSHIP }) {\n              total\n              items {\n                id\n                name\n                childCount\n                children {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsTotalItems {\n            units(filter: { level: TOWNSHIP }) {\n              total\n              items {\n                id\n                name\n                childCount\n                children {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PeopleTotalItems {\n            people(perPage: 20) {\n              total\n              items {\n                id\n                name\n                unit {\n                  name\n                }\n                currentPositions {\n                  role\n                  unit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PeopleTotalItems {\n            people(perPage: 20) {\n              total\n              items {\n                id\n                name\n                unit {\n                  name\n                }\n                currentPositions {\n                  role\n                  unit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Positions {\n            positions(perPage: 25, filter: { activeOn: \"2025-03-01\" }) {\n              total\n              items {\n                role\n                startDate\n                endDate\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Positions {\n            positions(perPage: 25, filter: { activeOn: \"2025-03-01\" }) {\n              total\n              items {\n                role\n                startDate\n                endDate\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TaskForces {\n            taskForces {\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TaskForces {\n            taskForces {\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query KeyTasksTotalItems($s: String) {\n            keyTasks(perPage: 30, filter: { starCode: $s }) {\n              total\n              items {\n                code\n                title\n                weight\n                leadDepartment {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query KeyTasksTotalItems($s: String) {\n            keyTasks(perPage: 30, filter: { starCode: $s }) {\n              total\n              items {\n                code\n                title\n                weight\n                leadDepartment {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Branch($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n              version\n              township {\n                name\n              }\n              ancestors {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Branch($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n              version\n              township {\n                name\n              }\n              ancestors {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MeUsernameRolesGrants {\n            me {\n              username\n              roles\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MeUsernameRolesGrants {\n            me {\n              username\n              roles\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccountabilityChainDateLinks($b: ID!, $s: String!) {\n            accountabilityChain(branchId: $b, starCode: $s) {\n              date\n              links {\n                role\n                vacant\n                person {\n                  name\n                }\n                unit {\n                  name\n                }\n                department {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccountabilityChainDateLinks($b: ID!, $s: String!) {\n            accountabilityChain(branchId: $b, starCode: $s) {\n              date\n              links {\n                role\n                vacant\n                person {\n                  name\n                }\n                unit {\n                  name\n                }\n                department {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SoakAccountabilityChain($b: ID!, $s: String!, $at: DateTime) {\n            accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n              date\n              links {\n                role\n                vacant\n                since\n                until\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SoakAccountabilityChain($b: ID!, $s: String!, $at: DateTime) {\n            accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n              date\n              links {\n                role\n                vacant\n                since\n                until\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation UpdateUnitIdVersion($id: ID!, $n: String!, $v: Int) {\n                  updateUnit(id: $id, input: { name: $n, version: $v }) {\n                    id\n                    version\n                  }\n                }\n              "): (typeof documents)["\n                mutation UpdateUnitIdVersion($id: ID!, $n: String!, $v: Int) {\n                  updateUnit(id: $id, input: { name: $n, version: $v }) {\n                    id\n                    version\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                      query Unit($id: ID!) {\n                        unit(id: $id) {\n                          name\n                          version\n                        }\n                      }\n                    "): (typeof documents)["\n                      query Unit($id: ID!) {\n                        unit(id: $id) {\n                          name\n                          version\n                        }\n                      }\n                    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePerson($id: ID!, $t: String, $v: Int) {\n            updatePerson(id: $id, input: { title: $t, version: $v }) {\n              id\n              version\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePerson($id: ID!, $t: String, $v: Int) {\n            updatePerson(id: $id, input: { title: $t, version: $v }) {\n              id\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                query Person($id: ID!) {\n                  person(id: $id) {\n                    version\n                  }\n                }\n              "): (typeof documents)["\n                query Person($id: ID!) {\n                  person(id: $id) {\n                    version\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchIdName($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          query BranchIdName($id: ID!) {\n            branch(id: $id) {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { name: \"x\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { name: \"x\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccountabilityChainDate($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              date\n            }\n          }\n        "): (typeof documents)["\n          query AccountabilityChainDate($b: ID!) {\n            accountabilityChain(branchId: $b, starCode: \"STRONG_BRANCH\") {\n              date\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateDepartmentId($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"NOPE\", name: \"x\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateDepartmentId($d: ID!) {\n            createDepartment(input: { districtId: $d, code: \"NOPE\", name: \"x\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SoakAuditEntries {\n            auditEntries {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query SoakAuditEntries {\n            auditEntries {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SoakUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { sortOrder: 1, version: $v }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SoakUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { sortOrder: 1, version: $v }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                query UnitVersion($id: ID!) {\n                  unit(id: $id) {\n                    version\n                  }\n                }\n              "): (typeof documents)["\n                query UnitVersion($id: ID!) {\n                  unit(id: $id) {\n                    version\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          temporaryPassword\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixCreateUser($i: CreateUserInput!) {\n        createUser(input: $i) {\n          temporaryPassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixUpdateUser($id: ID!) {\n        updateUser(id: $id, input: { displayName: \"改名\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixUpdateUser($id: ID!) {\n        updateUser(id: $id, input: { displayName: \"改名\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixDeactivate($id: ID!) {\n        deactivateUser(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixDeactivate($id: ID!) {\n        deactivateUser(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixReactivate($id: ID!) {\n        reactivateUser(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixReactivate($id: ID!) {\n        reactivateUser(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixGrant($u: ID!, $b: ID!) {\n        grantRole(userId: $u, input: { role: BRANCH_STAFF, unitId: $b }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixGrant($u: ID!, $b: ID!) {\n        grantRole(userId: $u, input: { role: BRANCH_STAFF, unitId: $b }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixRevoke($id: ID!) {\n        revokeRole(roleAssignmentId: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixRevoke($id: ID!) {\n        revokeRole(roleAssignmentId: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixReset($id: ID!) {\n        resetPassword(userId: $id) {\n          temporaryPassword\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixReset($id: ID!) {\n        resetPassword(userId: $id) {\n          temporaryPassword\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AccMatrixGrantAny($u: ID!, $i: RoleGrantInput!) {\n        grantRole(userId: $u, input: $i) {\n          roles\n        }\n      }\n    "): (typeof documents)["\n      mutation AccMatrixGrantAny($u: ID!, $i: RoleGrantInput!) {\n        grantRole(userId: $u, input: $i) {\n          roles\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUsers($f: UserFilterInput, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {\n    users(filter: $f, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        username\n        displayName\n        active\n        mustChangePassword\n        roles\n        unitId\n        unit {\n          name\n        }\n        grants {\n          id\n          role\n          unitId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccUsers($f: UserFilterInput, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {\n    users(filter: $f, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        username\n        displayName\n        active\n        mustChangePassword\n        roles\n        unitId\n        unit {\n          name\n        }\n        grants {\n          id\n          role\n          unitId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUser($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      active\n    }\n  }\n"): (typeof documents)["\n  query AccUser($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      temporaryPassword\n      user {\n        id\n        username\n        mustChangePassword\n        roles\n        unitId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccCreateUser($i: CreateUserInput!) {\n    createUser(input: $i) {\n      temporaryPassword\n      user {\n        id\n        username\n        mustChangePassword\n        roles\n        unitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccResetPassword($id: ID!) {\n    resetPassword(userId: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccResetPassword($id: ID!) {\n    resetPassword(userId: $id) {\n      temporaryPassword\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangePassword($c: String!, $n: String!) {\n    changePassword(currentPassword: $c, newPassword: $n) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccMe {\n    me {\n      username\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query AccMe {\n    me {\n      username\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUnits {\n    units(perPage: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query AccUnits {\n    units(perPage: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AccDeactivate($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccReactivate($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AccReactivate($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccGrant($u: ID!, $i: RoleGrantInput!) {\n    grantRole(userId: $u, input: $i) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccGrant($u: ID!, $i: RoleGrantInput!) {\n    grantRole(userId: $u, input: $i) {\n      id\n      grants {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccRevoke($id: ID!) {\n    revokeRole(roleAssignmentId: $id) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation AccRevoke($id: ID!) {\n    revokeRole(roleAssignmentId: $id) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUpdate($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AccUpdate($id: ID!, $i: UpdateUserInput!) {\n    updateUser(id: $id, input: $i) {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccSessions {\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query AccSessions {\n    mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation AccRevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AccLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      user {\n        roles\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      user {\n        roles\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaPlan($i: PlanSpotCheckInput!) {\n    planSpotCheck(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AaPlan($i: PlanSpotCheckInput!) {\n    planSpotCheck(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaStart($id: ID!) {\n    startSpotCheck(id: $id, input: {}) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AaStart($id: ID!) {\n    startSpotCheck(id: $id, input: {}) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaRecord($id: ID!, $d: String!) {\n    recordFinding(spotCheckId: $id, input: { severity: MINOR, description: $d }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AaRecord($id: ID!, $d: String!) {\n    recordFinding(spotCheckId: $id, input: { severity: MINOR, description: $d }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaComplete($id: ID!) {\n    completeSpotCheck(id: $id, input: { summary: \"小结\", methodAttested: true }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AaComplete($id: ID!) {\n    completeSpotCheck(id: $id, input: { summary: \"小结\", methodAttested: true }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaUpdateFinding($id: ID!, $i: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $i) {\n      id\n      description\n      severity\n      correctedAt\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  mutation AaUpdateFinding($id: ID!, $i: UpdateFindingInput!) {\n    updateFinding(id: $id, input: $i) {\n      id\n      description\n      severity\n      correctedAt\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaWithdrawFinding($id: ID!, $r: String!) {\n    withdrawFinding(id: $id, reason: $r) {\n      id\n      withdrawn\n      withdrawnAt\n      withdrawalReason\n      withdrawnByName\n    }\n  }\n"): (typeof documents)["\n  mutation AaWithdrawFinding($id: ID!, $r: String!) {\n    withdrawFinding(id: $id, reason: $r) {\n      id\n      withdrawn\n      withdrawnAt\n      withdrawalReason\n      withdrawnByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaAssign($f: ID!, $u: ID!) {\n    assignRectification(findingId: $f, input: { responsibleUnitId: $u, measures: \"整改\", deadline: \"2027-01-31\" }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AaAssign($f: ID!, $u: ID!) {\n    assignRectification(findingId: $f, input: { responsibleUnitId: $u, measures: \"整改\", deadline: \"2027-01-31\" }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaSubmit($id: ID!) {\n    submitRectification(id: $id, input: { note: \"已整改\" }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AaSubmit($id: ID!) {\n    submitRectification(id: $id, input: { note: \"已整改\" }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AaVerify($id: ID!, $a: Boolean!) {\n    verifyRectification(id: $id, input: { accept: $a, comment: \"验收意见\" }) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AaVerify($id: ID!, $a: Boolean!) {\n    verifyRectification(id: $id, input: { accept: $a, comment: \"验收意见\" }) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaCheckActions($id: ID!) {\n    spotCheck(id: $id) {\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  query AaCheckActions($id: ID!) {\n    spotCheck(id: $id) {\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaFindingActions($id: ID!) {\n    finding(id: $id) {\n      allowedActions\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  query AaFindingActions($id: ID!) {\n    finding(id: $id) {\n      allowedActions\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaRectActions($id: ID!) {\n    rectification(id: $id) {\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  query AaRectActions($id: ID!) {\n    rectification(id: $id) {\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaRectPage($page: Int!, $f: RectificationFilterInput) {\n    rectifications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query AaRectPage($page: Int!, $f: RectificationFilterInput) {\n    rectifications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaAppPage($page: Int!, $f: StarApplicationFilterInput) {\n    starApplications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query AaAppPage($page: Int!, $f: StarApplicationFilterInput) {\n    starApplications(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        allowedActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AaObjectionPage($page: Int!, $f: StarObjectionFilterInput) {\n    starObjections(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        status\n        applicationId\n        allowedActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query AaObjectionPage($page: Int!, $f: StarObjectionFilterInput) {\n    starObjections(page: $page, perPage: 100, filter: $f, sortField: \"id\") {\n      total\n      items {\n        id\n        status\n        applicationId\n        allowedActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AaTarget {\n              branches(filter: { search: \"樱桃沟社区\" }) {\n                items {\n                  id\n                  township {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query AaTarget {\n              branches(filter: { search: \"樱桃沟社区\" }) {\n                items {\n                  id\n                  township {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AaDistrict {\n            units(filter: { level: DISTRICT }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AaTeam($i: CreateSupervisionTeamInput!) {\n            createSupervisionTeam(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AaTeam($i: CreateSupervisionTeamInput!) {\n            createSupervisionTeam(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaChecks($s: String, $o: SortOrder, $f: SpotCheckFilterInput) {\n        spotChecks(perPage: 100, sortField: $s, sortOrder: $o, filter: $f) {\n          items {\n            id\n            status\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AaChecks($s: String, $o: SortOrder, $f: SpotCheckFilterInput) {\n        spotChecks(perPage: 100, sortField: $s, sortOrder: $o, filter: $f) {\n          items {\n            id\n            status\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaWaiting($f: RectificationFilterInput, $o: SortOrder) {\n        rectifications(filter: $f, sortField: \"daysWaiting\", sortOrder: $o, perPage: 100) {\n          items {\n            id\n            daysWaiting\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AaWaiting($f: RectificationFilterInput, $o: SortOrder) {\n        rectifications(filter: $f, sortField: \"daysWaiting\", sortOrder: $o, perPage: 100) {\n          items {\n            id\n            daysWaiting\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AaToken($u: ID!) {\n            createApiToken(input: { name: \"看板\", unitId: $u }) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AaToken($u: ID!) {\n            createApiToken(input: { name: \"看板\", unitId: $u }) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AaReview($id: ID!, $i: ReviewStarApplicationInput!) {\n      reviewStarApplication(id: $id, input: $i) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation AaReview($id: ID!, $i: ReviewStarApplicationInput!) {\n      reviewStarApplication(id: $id, input: $i) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AaFile($a: ID!) {\n      fileObjection(applicationId: $a, reason: \"材料不实\") {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation AaFile($a: ID!) {\n      fileObjection(applicationId: $a, reason: \"材料不实\") {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AaResolve($id: ID!, $u: Boolean!) {\n      resolveObjection(id: $id, upheld: $u, comment: \"已核实\") {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation AaResolve($id: ID!, $u: Boolean!) {\n      resolveObjection(id: $id, upheld: $u, comment: \"已核实\") {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AaOwnBranch {\n            branches(perPage: 1) {\n              items {\n                id\n                category\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaHeld($b: ID!) {\n            branch(id: $b) {\n              heldStars {\n                starCode\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AaHeld($b: ID!) {\n            branch(id: $b) {\n              heldStars {\n                starCode\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaOpenApps($b: ID!) {\n            starApplications(filter: { branchId: $b, year: 2026 }, perPage: 100) {\n              items {\n                starCode\n                status\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AaOpenApps($b: ID!) {\n            starApplications(filter: { branchId: $b, year: 2026 }, perPage: 100) {\n              items {\n                starCode\n                status\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaStarTypes {\n            starTypes {\n              code\n              categories\n            }\n          }\n        "): (typeof documents)["\n          query AaStarTypes {\n            starTypes {\n              code\n              categories\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AaTasks($s: String, $c: BranchCategory) {\n            keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AaTasks($s: String, $c: BranchCategory) {\n            keyTasks(filter: { starCode: $s, category: $c }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AaApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AaApply($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaStats {\n        supervisionStats {\n          findings\n        }\n      }\n    "): (typeof documents)["\n      query AaStats {\n        supervisionStats {\n          findings\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaCampaignFindings($u: ID!) {\n        campaignStats(unitId: $u, year: 2026) {\n          figures {\n            findings {\n              total\n              minor\n              major\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AaCampaignFindings($u: ID!) {\n        campaignStats(unitId: $u, year: 2026) {\n          figures {\n            findings {\n              total\n              minor\n              major\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaFindingCount($id: ID!) {\n        spotCheck(id: $id) {\n          findingCount\n          findings {\n            id\n            withdrawn\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AaFindingCount($id: ID!) {\n        spotCheck(id: $id) {\n          findingCount\n          findings {\n            id\n            withdrawn\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AaAudit($f: AuditFilterInput) {\n        auditEntries(filter: $f, perPage: 10) {\n          items {\n            operation\n            changes\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AaAudit($f: AuditFilterInput) {\n        auditEntries(filter: $f, perPage: 10) {\n          items {\n            operation\n            changes\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiTokenTokenApiToken($n: String!, $u: ID!, $d: Int) {\n    createApiToken(input: { name: $n, unitId: $u, expiresInDays: $d }) {\n      token\n      apiToken {\n        id\n        name\n        active\n        expiresAt\n        lastUsedAt\n        scopeUnit {\n          name\n        }\n        createdBy {\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiTokenTokenApiToken($n: String!, $u: ID!, $d: Int) {\n    createApiToken(input: { name: $n, unitId: $u, expiresInDays: $d }) {\n      token\n      apiToken {\n        id\n        name\n        active\n        expiresAt\n        lastUsedAt\n        scopeUnit {\n          name\n        }\n        createdBy {\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensBranches {\n            branches {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensBranches {\n            branches {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensBranchesTotal {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensBranchesTotal {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensTotalItems {\n            apiTokens {\n              total\n              items {\n                id\n                lastUsedAt\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensTotalItems {\n            apiTokens {\n              total\n              items {\n                id\n                lastUsedAt\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RevokeApiToken($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              active\n              revokedAt\n            }\n          }\n        "): (typeof documents)["\n          mutation RevokeApiToken($id: ID!) {\n            revokeApiToken(id: $id) {\n              id\n              active\n              revokedAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ApiTokensBranches {\n              branches {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query ApiTokensBranches {\n              branches {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ApiTokensTotal {\n              apiTokens {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query ApiTokensTotal {\n              apiTokens {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ApiTokensAuditEntries {\n            auditEntries(filter: { operation: \"createApiToken\" }) {\n              total\n              items {\n                changes\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ApiTokensAuditEntries {\n            auditEntries(filter: { operation: \"createApiToken\" }) {\n              total\n              items {\n                changes\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleRanking($u: ID!) {\n    quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n      missingComponents\n      rows {\n        unitName\n        rank\n        score\n        rectificationClosure\n        rectificationTimeliness\n        coverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleRanking($u: ID!) {\n    quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n      missingComponents\n      rows {\n        unitName\n        rank\n        score\n        rectificationClosure\n        rectificationTimeliness\n        coverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppraisalRule($d: ID!, $r: MissingComponentRule!) {\n    setAppraisalRule(districtId: $d, missingComponents: $r) {\n      districtId\n      missingComponents\n      planCompletion\n    }\n  }\n"): (typeof documents)["\n  mutation SetAppraisalRule($d: ID!, $r: MissingComponentRule!) {\n    setAppraisalRule(districtId: $d, missingComponents: $r) {\n      districtId\n      missingComponents\n      planCompletion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleWeights($d: ID!) {\n    appraisalWeights(districtId: $d) {\n      missingComponents\n      planCompletion\n      tour\n    }\n  }\n"): (typeof documents)["\n  query RuleWeights($d: ID!) {\n    appraisalWeights(districtId: $d) {\n      missingComponents\n      planCompletion\n      tour\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAuditEntries($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n      total\n      items {\n        id\n        at\n        userId\n        username\n        operation\n        targetType\n        targetId\n        action\n        changes\n        address\n        chain\n        prevHash\n        hash\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditAuditEntries($f: AuditFilterInput) {\n    auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n      total\n      items {\n        id\n        at\n        userId\n        username\n        operation\n        targetType\n        targetId\n        action\n        changes\n        address\n        chain\n        prevHash\n        hash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuditUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n                name\n                version\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { name: \"审计测试街道\", version: $v }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AuditUpdateUnit($id: ID!, $v: Int) {\n            updateUnit(id: $id, input: { name: \"审计测试街道\", version: $v }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AuditUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LoginToken {\n          login(username: \"leader\", password: \"wrong-guess\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation LoginToken {\n          login(username: \"leader\", password: \"wrong-guess\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuditNamedEntries($f: AuditFilterInput) {\n      auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n        total\n        items {\n          id\n          operation\n          targetType\n          targetId\n          targetLabel\n          userId\n          actorName\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AuditNamedEntries($f: AuditFilterInput) {\n      auditEntries(filter: $f, perPage: 100, sortOrder: DESC) {\n        total\n        items {\n          id\n          operation\n          targetType\n          targetId\n          targetLabel\n          userId\n          actorName\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditMe {\n            me {\n              id\n              displayName\n            }\n          }\n        "): (typeof documents)["\n          query AuditMe {\n            me {\n              id\n              displayName\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditQueue {\n            starApplications(filter: { status: SUBMITTED }, perPage: 1) {\n              items {\n                id\n                branch {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuditQueue {\n            starApplications(filter: { status: SUBMITTED }, perPage: 1) {\n              items {\n                id\n                branch {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditReview($id: ID!) {\n            reviewStarApplication(id: $id, input: { decision: APPROVE, comment: \"审计测试\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AuditReview($id: ID!) {\n            reviewStarApplication(id: $id, input: { decision: APPROVE, comment: \"审计测试\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query VerifyAuditChainValid {\n              verifyAuditChain {\n                valid\n              }\n            }\n          "): (typeof documents)["\n            query VerifyAuditChainValid {\n              verifyAuditChain {\n                valid\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditPeople {\n            people(perPage: 20) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AuditPeople {\n            people(perPage: 20) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation UpdatePersonId($id: ID!, $t: String) {\n              updatePerson(id: $id, input: { title: $t }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation UpdatePersonId($id: ID!, $t: String) {\n              updatePerson(id: $id, input: { title: $t }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuditVerifyPerChain {\n            verifyAuditChain {\n              valid\n              checked\n              chains\n              firstInvalidId\n            }\n          }\n        "): (typeof documents)["\n          query AuditVerifyPerChain {\n            verifyAuditChain {\n              valid\n              checked\n              chains\n              firstInvalidId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VerifyAuditChains {\n            verifyAuditChain {\n              valid\n              chains\n              heads {\n                chain\n                id\n                hash\n              }\n            }\n          }\n        "): (typeof documents)["\n          query VerifyAuditChains {\n            verifyAuditChain {\n              valid\n              chains\n              heads {\n                chain\n                id\n                hash\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditVerifyMoved {\n        verifyAuditChain {\n          valid\n          firstInvalidId\n        }\n      }\n    "): (typeof documents)["\n      query AuditVerifyMoved {\n        verifyAuditChain {\n          valid\n          firstInvalidId\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeUsernameDisplayNameRoles {\n    me {\n      username\n      displayName\n      roles\n      grants {\n        role\n        unit {\n          name\n        }\n        starCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeUsernameDisplayNameRoles {\n    me {\n      username\n      displayName\n      roles\n      grants {\n        role\n        unit {\n          name\n        }\n        starCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthLogin {\n            login(username: \"admin\", password: \"nope\") {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthLogin {\n            login(username: \"admin\", password: \"nope\") {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthLoginToken {\n            login(username: \"nobody\", password: \"nope\") {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation AuthLoginToken {\n            login(username: \"nobody\", password: \"nope\") {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation AuthLoginToken2 {\n                login(username: \"supervisor\", password: \"wrong\") {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation AuthLoginToken2 {\n                login(username: \"supervisor\", password: \"wrong\") {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLoginToken3 {\n          login(username: \"supervisor\", password: \"fivestar\") {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLoginToken3 {\n          login(username: \"supervisor\", password: \"fivestar\") {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupVerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n"): (typeof documents)["\n  query BackupVerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CadenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CadenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SubmitDailyReport($i: SubmitDailyReportInput!) {\n        submitDailyReport(input: $i) {\n          id\n          reportDate\n          doneToday\n          figures {\n            label\n            value\n          }\n          blockers\n          reporterName\n        }\n      }\n    "): (typeof documents)["\n      mutation SubmitDailyReport($i: SubmitDailyReportInput!) {\n        submitDailyReport(input: $i) {\n          id\n          reportDate\n          doneToday\n          figures {\n            label\n            value\n          }\n          blockers\n          reporterName\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DailyReports($d: String) {\n            dailyReports(filter: { date: $d }, perPage: 100) {\n              total\n              items {\n                unitId\n                doneToday\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DailyReports($d: String) {\n            dailyReports(filter: { date: $d }, perPage: 100) {\n              total\n              items {\n                unitId\n                doneToday\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MissingDailyReports($u: ID!, $d: String!) {\n              missingDailyReports(unitId: $u, date: $d) {\n                id\n                level\n              }\n            }\n          "): (typeof documents)["\n            query MissingDailyReports($u: ID!, $d: String!) {\n              missingDailyReports(unitId: $u, date: $d) {\n                id\n                level\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchesItems {\n              branches(filter: { search: \"建新南街社区\" }) {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query BranchesItems {\n              branches(filter: { search: \"建新南街社区\" }) {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateMonthlyObservation($i: CreateMonthlyObservationInput!) {\n          createMonthlyObservation(input: $i) {\n            id\n            title\n            participants\n            visits {\n              unitId\n              score\n              comment\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateMonthlyObservation($i: CreateMonthlyObservationInput!) {\n          createMonthlyObservation(input: $i) {\n            id\n            title\n            participants\n            visits {\n              unitId\n              score\n              comment\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MonthlyObservations {\n          monthlyObservations(filter: { month: \"2026-11\" }) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MonthlyObservations {\n          monthlyObservations(filter: { month: \"2026-11\" }) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query QuarterlyRanking($u: ID!) {\n        quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n          published\n          weights {\n            planCompletion\n            spotCheck\n          }\n          rows {\n            unitName\n            rank\n            score\n            planCompletion\n            spotCheck\n            rectificationClosure\n            rectificationTimeliness\n            tour\n          }\n        }\n      }\n    "): (typeof documents)["\n      query QuarterlyRanking($u: ID!) {\n        quarterlyRanking(unitId: $u, year: 2026, quarter: 2) {\n          published\n          weights {\n            planCompletion\n            spotCheck\n          }\n          rows {\n            unitName\n            rank\n            score\n            planCompletion\n            spotCheck\n            rectificationClosure\n            rectificationTimeliness\n            tour\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CreateUnit($p: ID!) {\n              createUnit(input: { name: \"评比测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CreateUnit($p: ID!) {\n              createUnit(input: { name: \"评比测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $p }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CreateUnitId($p: ID!, $n: String!) {\n                createUnit(\n                  input: { name: $n, level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n                ) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CreateUnitId($p: ID!, $n: String!) {\n                createUnit(\n                  input: { name: $n, level: BRANCH, category: COMMUNITY, branchKind: PARTY_BRANCH, parentId: $p }\n                ) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SetAppraisalWeights($d: ID!) {\n            setAppraisalWeights(\n              districtId: $d\n              input: {\n                planCompletion: 40\n                spotCheck: 30\n                rectificationClosure: 10\n                rectificationTimeliness: 10\n                tour: 10\n              }\n            ) {\n              planCompletion\n            }\n          }\n        "): (typeof documents)["\n          mutation SetAppraisalWeights($d: ID!) {\n            setAppraisalWeights(\n              districtId: $d\n              input: {\n                planCompletion: 40\n                spotCheck: 30\n                rectificationClosure: 10\n                rectificationTimeliness: 10\n                tour: 10\n              }\n            ) {\n              planCompletion\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PublishQuarterlyAppraisal($u: ID!) {\n                publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                  published\n                }\n              }\n            "): (typeof documents)["\n              mutation PublishQuarterlyAppraisal($u: ID!) {\n                publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                  published\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PublishQuarterlyAppraisalPublishedPublishedAtRows($u: ID!) {\n              publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                published\n                publishedAt\n                rows {\n                  unitName\n                  rank\n                  score\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation PublishQuarterlyAppraisalPublishedPublishedAtRows($u: ID!) {\n              publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n                published\n                publishedAt\n                rows {\n                  unitName\n                  rank\n                  score\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PublishQuarterlyAppraisal($u: ID!) {\n            publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n              published\n            }\n          }\n        "): (typeof documents)["\n          mutation PublishQuarterlyAppraisal($u: ID!) {\n            publishQuarterlyAppraisal(unitId: $u, year: 2026, quarter: 2) {\n              published\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCacheStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitName\n      figures {\n        branches\n        starHolders {\n          starCode\n          starName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCacheStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitName\n      figures {\n        branches\n        starHolders {\n          starCode\n          starName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CatalogCacheRename($id: ID!) {\n            updateUnit(id: $id, input: { name: \"缓存测试区\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CatalogCacheRename($id: ID!) {\n            updateUnit(id: $id, input: { name: \"缓存测试区\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainOfBranch($b: ID!, $s: String!, $at: DateTime) {\n    accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n      date\n      starType {\n        code\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainOfBranch($b: ID!, $s: String!, $at: DateTime) {\n    accountabilityChain(branchId: $b, starCode: $s, at: $at) {\n      date\n      starType {\n        code\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ChainBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ChainBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PositionsItems($u: ID!) {\n            positions(filter: { unitId: $u, role: BRANCH_SECRETARY, activeOn: \"2026-01-01\" }) {\n              items {\n                id\n                version\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PositionsItems($u: ID!) {\n            positions(filter: { unitId: $u, role: BRANCH_SECRETARY, activeOn: \"2026-01-01\" }) {\n              items {\n                id\n                version\n                person {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePersonId($u: ID!) {\n            createPerson(input: { name: \"新书记\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePersonId($u: ID!) {\n            createPerson(input: { name: \"新书记\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2026-02-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_SECRETARY, unitId: $u, startDate: \"2026-02-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePosition($id: ID!, $v: Int) {\n            updatePosition(id: $id, input: { endDate: \"2026-01-31\", version: $v }) {\n              id\n              endDate\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePosition($id: ID!, $v: Int) {\n            updatePosition(id: $id, input: { endDate: \"2026-01-31\", version: $v }) {\n              id\n              endDate\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ChainUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ChainUnits {\n            units(filter: { level: TOWNSHIP, search: \"樱桃沟\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFigures($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        levelDistribution {\n          level\n          branches\n        }\n        threeStarShare\n        fourStar\n        fourStarLastYear\n        fourStarRatio\n        fiveStar\n        newFiveStar\n        keyTasks {\n          total\n          done\n          completionRate\n          overdue\n        }\n        spotChecksThisQuarter\n        findings {\n          total\n        }\n        findingsThisQuarter {\n          minor\n          major\n          critical\n          total\n        }\n        rectifications {\n          total\n          closed\n          closureRate\n          overdue\n          late\n          awaitingVerification\n        }\n        dailyReports {\n          submitted\n          expected\n          rate\n        }\n      }\n      byChild {\n        unitId\n        unitLevel\n        figures {\n          branches\n          rectifications {\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardFigures($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      asOf\n      figures {\n        branches\n        levelDistribution {\n          level\n          branches\n        }\n        threeStarShare\n        fourStar\n        fourStarLastYear\n        fourStarRatio\n        fiveStar\n        newFiveStar\n        keyTasks {\n          total\n          done\n          completionRate\n          overdue\n        }\n        spotChecksThisQuarter\n        findings {\n          total\n        }\n        findingsThisQuarter {\n          minor\n          major\n          critical\n          total\n        }\n        rectifications {\n          total\n          closed\n          closureRate\n          overdue\n          late\n          awaitingVerification\n        }\n        dailyReports {\n          submitted\n          expected\n          rate\n        }\n      }\n      byChild {\n        unitId\n        unitLevel\n        figures {\n          branches\n          rectifications {\n            total\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSupervision($w: ID) {\n    supervisionStats(withinId: $w) {\n      planned\n      inProgress\n      completed\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n"): (typeof documents)["\n  query DashboardSupervision($w: ID) {\n    supervisionStats(withinId: $w) {\n      planned\n      inProgress\n      completed\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DemoFiveStarTrend($u: ID!) {\n            trend(unitId: $u, metric: FIVE_STAR_COUNT, from: \"2025-12-01\", to: \"2026-11-30\", interval: MONTH) {\n              periodEnd\n              value\n            }\n          }\n        "): (typeof documents)["\n          query DemoFiveStarTrend($u: ID!) {\n            trend(unitId: $u, metric: FIVE_STAR_COUNT, from: \"2025-12-01\", to: \"2026-11-30\", interval: MONTH) {\n              periodEnd\n              value\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateApiTokenToken($u: ID!) {\n            createApiToken(input: { name: \"files\", unitId: $u }) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateApiTokenToken($u: ID!) {\n            createApiToken(input: { name: \"files\", unitId: $u }) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UploadLimits {\n          uploadLimits {\n            maxFileBytes\n            maxFileMb\n          }\n        }\n      "): (typeof documents)["\n        query UploadLimits {\n          uploadLimits {\n            maxFileBytes\n            maxFileMb\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatchesOfTest($page: Int) {\n    importBatches(page: $page, perPage: 10) {\n      total\n      items {\n        id\n        kind\n        username\n        fileName\n        sha256\n        created\n        updated\n        unchanged\n        report\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportBatchesOfTest($page: Int) {\n    importBatches(page: $page, perPage: 10) {\n      total\n      items {\n        id\n        kind\n        username\n        fileName\n        sha256\n        created\n        updated\n        unchanged\n        report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatchOfTest($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      created\n      report\n    }\n  }\n"): (typeof documents)["\n  query ImportBatchOfTest($id: ID!) {\n    importBatch(id: $id) {\n      id\n      kind\n      created\n      report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOfImport($targetType: String) {\n    auditEntries(filter: { targetType: $targetType }, perPage: 100, sortOrder: DESC) {\n      items {\n        targetType\n        targetId\n        action\n        operation\n        importBatchId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditOfImport($targetType: String) {\n    auditEntries(filter: { targetType: $targetType }, perPage: 100, sortOrder: DESC) {\n      items {\n        targetType\n        targetId\n        action\n        operation\n        importBatchId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PeopleTotal {\n            people {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query PeopleTotal {\n            people {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePersonInMissingUnit {\n            createPerson(input: { name: \"无单位\", unitId: \"999999\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePersonInMissingUnit {\n            createPerson(input: { name: \"无单位\", unitId: \"999999\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PeopleTotal {\n              people {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query PeopleTotal {\n              people {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InjectionAsSearch {\n            units(filter: { search: \"%' or 1=1 --\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query InjectionAsSearch {\n            units(filter: { search: \"%' or 1=1 --\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PercentAsSearch {\n            units(filter: { search: \"%\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query PercentAsSearch {\n            units(filter: { search: \"%\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query QueryTypeName {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query QueryTypeName {\n        __schema {\n          queryType {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogsLogIn($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogsLogIn($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LogsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LogsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation LogsCreateApiToken($n: String!, $u: ID!) {\n            createApiToken(input: { name: $n, unitId: $u }) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation LogsCreateApiToken($n: String!, $u: ID!) {\n            createApiToken(input: { name: $n, unitId: $u }) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LogsMe {\n          me {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query LogsMe {\n          me {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MtgPeople($unitId: ID!) {\n    people(filter: { unitId: $unitId }, perPage: 10) {\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MtgPeople($unitId: ID!) {\n    people(filter: { unitId: $unitId }, perPage: 10) {\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MtgCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      date\n      theme\n      attendees {\n        id\n      }\n      speeches {\n        personId\n        topic\n        person {\n          name\n        }\n      }\n      evaluations {\n        personId\n        selfEvaluation\n        peerEvaluation\n      }\n      summary\n      minutes {\n        id\n      }\n      photos {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MtgCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      date\n      theme\n      attendees {\n        id\n      }\n      speeches {\n        personId\n        topic\n        person {\n          name\n        }\n      }\n      evaluations {\n        personId\n        selfEvaluation\n        peerEvaluation\n      }\n      summary\n      minutes {\n        id\n      }\n      photos {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MtgAdd($meetingId: ID!, $input: AddMeetingItemInput!) {\n    addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n      kind\n      status\n      overdue\n      deadline\n      answers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MtgAdd($meetingId: ID!, $input: AddMeetingItemInput!) {\n    addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n      kind\n      status\n      overdue\n      deadline\n      answers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MtgClose($id: ID!, $input: CloseMeetingItemInput!) {\n    closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n      overdue\n      closeNote\n      evidence {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MtgClose($id: ID!, $input: CloseMeetingItemInput!) {\n    closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n      overdue\n      closeNote\n      evidence {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MtgReopen($id: ID!, $note: String!) {\n    reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n      reopenCount\n      events {\n        action\n        byName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MtgReopen($id: ID!, $note: String!) {\n    reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n      reopenCount\n      events {\n        action\n        byName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MtgToPlan($id: ID!) {\n    meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n"): (typeof documents)["\n  mutation MtgToPlan($id: ID!) {\n    meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MtgItems($filter: MeetingItemFilterInput) {\n    meetingItems(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        kind\n        overdue\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MtgItems($filter: MeetingItemFilterInput) {\n    meetingItems(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        kind\n        overdue\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MtgMeetings($filter: MeetingFilterInput) {\n    meetings(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        unitId\n        items {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MtgMeetings($filter: MeetingFilterInput) {\n    meetings(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        unitId\n        items {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MtgStats($unitId: ID!, $year: Int!) {\n    campaignStats(unitId: $unitId, year: $year) {\n      figures {\n        branches\n        meetings {\n          held\n          perUnitPerMonth\n          unitMonths\n          monthlyCoverage\n          itemsOpen\n          itemsOverdue\n          itemsClosed\n          itemsReopened\n          closureRate\n        }\n      }\n      byChild {\n        unitId\n        figures {\n          meetings {\n            held\n            itemsOpen\n            itemsOverdue\n            itemsClosed\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MtgStats($unitId: ID!, $year: Int!) {\n    campaignStats(unitId: $unitId, year: $year) {\n      figures {\n        branches\n        meetings {\n          held\n          perUnitPerMonth\n          unitMonths\n          monthlyCoverage\n          itemsOpen\n          itemsOverdue\n          itemsClosed\n          itemsReopened\n          closureRate\n        }\n      }\n      byChild {\n        unitId\n        figures {\n          meetings {\n            held\n            itemsOpen\n            itemsOverdue\n            itemsClosed\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NPlusOneUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query NPlusOneUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation NPlusOneCreateApiToken($u: ID!, $n: String!) {\n              createApiToken(input: { name: $n, unitId: $u }) {\n                token\n              }\n            }\n          "): (typeof documents)["\n            mutation NPlusOneCreateApiToken($u: ID!, $n: String!) {\n              createApiToken(input: { name: $n, unitId: $u }) {\n                token\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NPlusOneWebhookDeliveries($w: ID!, $n: Int!) {\n        webhookDeliveries(webhookId: $w, perPage: $n) {\n          total\n          items {\n            id\n            eventType\n            status\n            attemptLog {\n              statusCode\n              latencyMs\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query NPlusOneWebhookDeliveries($w: ID!, $n: Int!) {\n        webhookDeliveries(webhookId: $w, perPage: $n) {\n          total\n          items {\n            id\n            eventType\n            status\n            attemptLog {\n              statusCode\n              latencyMs\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneBranches($n: Int!) {\n          branches(perPage: $n) {\n            total\n            items {\n              id\n              name\n              township {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneBranches($n: Int!) {\n          branches(perPage: $n) {\n            total\n            items {\n              id\n              name\n              township {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneBranchesItems($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              id\n              ancestors {\n                name\n              }\n              district {\n                name\n              }\n              parent {\n                name\n              }\n              childCount\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneBranchesItems($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              id\n              ancestors {\n                name\n              }\n              district {\n                name\n              }\n              parent {\n                name\n              }\n              childCount\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOnePeople($n: Int!) {\n          people(perPage: $n) {\n            items {\n              name\n              unit {\n                name\n              }\n              currentPositions {\n                role\n                startDate\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOnePeople($n: Int!) {\n          people(perPage: $n) {\n            items {\n              name\n              unit {\n                name\n              }\n              currentPositions {\n                role\n                startDate\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOnePositions($n: Int!) {\n          positions(perPage: $n) {\n            items {\n              person {\n                name\n              }\n              unit {\n                name\n              }\n              department {\n                name\n              }\n              taskForce {\n                name\n                starType {\n                  nameZh\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOnePositions($n: Int!) {\n          positions(perPage: $n) {\n            items {\n              person {\n                name\n              }\n              unit {\n                name\n              }\n              department {\n                name\n              }\n              taskForce {\n                name\n                starType {\n                  nameZh\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StarOwners($n: Int!) {\n          starOwners(perPage: $n) {\n            items {\n              branch {\n                name\n              }\n              person {\n                name\n              }\n              starType {\n                nameZh\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StarOwners($n: Int!) {\n          starOwners(perPage: $n) {\n            items {\n              branch {\n                name\n              }\n              person {\n                name\n              }\n              starType {\n                nameZh\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ContactPoints($n: Int!) {\n          contactPoints(perPage: $n) {\n            items {\n              leader {\n                name\n              }\n              unit {\n                name\n                township {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ContactPoints($n: Int!) {\n          contactPoints(perPage: $n) {\n            items {\n              leader {\n                name\n              }\n              unit {\n                name\n                township {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ApiTokensItems($n: Int!) {\n          apiTokens(perPage: $n) {\n            items {\n              name\n              scopeUnit {\n                name\n              }\n              createdBy {\n                username\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ApiTokensItems($n: Int!) {\n          apiTokens(perPage: $n) {\n            items {\n              name\n              scopeUnit {\n                name\n              }\n              createdBy {\n                username\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneWebhooks($n: Int!) {\n          webhooks(perPage: $n) {\n            total\n            items {\n              id\n              url\n              enabled\n              scopeUnit {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneWebhooks($n: Int!) {\n          webhooks(perPage: $n) {\n            total\n            items {\n              id\n              url\n              enabled\n              scopeUnit {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneEvents($n: Int!) {\n          events(first: $n) {\n            edges {\n              cursor\n              node {\n                id\n                type\n                resourceType\n                resourceId\n                payload\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneEvents($n: Int!) {\n          events(first: $n) {\n            edges {\n              cursor\n              node {\n                id\n                type\n                resourceType\n                resourceId\n                payload\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneAuditEntries($n: Int!) {\n          auditEntries(perPage: $n) {\n            total\n            items {\n              id\n              at\n              username\n              operation\n              action\n              targetType\n              targetId\n              targetLabel\n              actorName\n              changes\n              prevHash\n              hash\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneAuditEntries($n: Int!) {\n          auditEntries(perPage: $n) {\n            total\n            items {\n              id\n              at\n              username\n              operation\n              action\n              targetType\n              targetId\n              targetLabel\n              actorName\n              changes\n              prevHash\n              hash\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneImportBatches($n: Int!) {\n          importBatches(perPage: $n) {\n            total\n            items {\n              id\n              kind\n              username\n              fileName\n              created\n              updated\n              unchanged\n              report\n              createdAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneImportBatches($n: Int!) {\n          importBatches(perPage: $n) {\n            total\n            items {\n              id\n              kind\n              username\n              fileName\n              created\n              updated\n              unchanged\n              report\n              createdAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneKeyTasks($n: Int!) {\n          keyTasks(perPage: $n) {\n            items {\n              code\n              starType {\n                nameZh\n              }\n              leadDepartment {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneKeyTasks($n: Int!) {\n          keyTasks(perPage: $n) {\n            items {\n              code\n              starType {\n                nameZh\n              }\n              leadDepartment {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneBranchesItems2($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              starLevel\n              stars(year: 2026) {\n                starCode\n                status\n              }\n              starHistory {\n                kind\n                date\n              }\n              heldStars {\n                since\n              }\n              pairings {\n                strongBranch {\n                  name\n                }\n                weakBranch {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneBranchesItems2($n: Int!) {\n          branches(perPage: $n) {\n            items {\n              starLevel\n              stars(year: 2026) {\n                starCode\n                status\n              }\n              starHistory {\n                kind\n                date\n              }\n              heldStars {\n                since\n              }\n              pairings {\n                strongBranch {\n                  name\n                }\n                weakBranch {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Plans($n: Int!) {\n          plans(perPage: $n, filter: { level: BRANCH }) {\n            items {\n              title\n              unit {\n                name\n              }\n              stars {\n                starCode\n                intent\n                owner {\n                  name\n                }\n                starType {\n                  nameZh\n                }\n              }\n              rollup {\n                total\n                overdue\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Plans($n: Int!) {\n          plans(perPage: $n, filter: { level: BRANCH }) {\n            items {\n              title\n              unit {\n                name\n              }\n              stars {\n                starCode\n                intent\n                owner {\n                  name\n                }\n                starType {\n                  nameZh\n                }\n              }\n              rollup {\n                total\n                overdue\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlanItemsItems($n: Int!) {\n          planItems(perPage: $n) {\n            items {\n              title\n              overdue\n              plan {\n                title\n              }\n              unit {\n                name\n              }\n              keyTask {\n                title\n              }\n              responsiblePerson {\n                name\n              }\n              milestones {\n                dueDate\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PlanItemsItems($n: Int!) {\n          planItems(perPage: $n) {\n            items {\n              title\n              overdue\n              plan {\n                title\n              }\n              unit {\n                name\n              }\n              keyTask {\n                title\n              }\n              responsiblePerson {\n                name\n              }\n              milestones {\n                dueDate\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StarApplications($n: Int!) {\n          starApplications(perPage: $n) {\n            items {\n              status\n              allowedActions\n              branch {\n                name\n                starLevel\n              }\n              starType {\n                nameZh\n              }\n              items {\n                keyTask {\n                  title\n                }\n              }\n              transitions {\n                toStatus\n              }\n              objections {\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StarApplications($n: Int!) {\n          starApplications(perPage: $n) {\n            items {\n              status\n              allowedActions\n              branch {\n                name\n                starLevel\n              }\n              starType {\n                nameZh\n              }\n              items {\n                keyTask {\n                  title\n                }\n              }\n              transitions {\n                toStatus\n              }\n              objections {\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StarObjectionsItems($n: Int!) {\n          starObjections(perPage: $n) {\n            items {\n              status\n              allowedActions\n              application {\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query StarObjectionsItems($n: Int!) {\n          starObjections(perPage: $n) {\n            items {\n              status\n              allowedActions\n              application {\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ActionableRectifications($n: Int!) {\n          rectifications(perPage: $n, filter: { actionable: true }) {\n            items {\n              allowedActions\n              submittedAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ActionableRectifications($n: Int!) {\n          rectifications(perPage: $n, filter: { actionable: true }) {\n            items {\n              allowedActions\n              submittedAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpotChecks($n: Int!) {\n          spotChecks(perPage: $n) {\n            items {\n              allowedActions\n              team {\n                name\n                members {\n                  username\n                }\n              }\n              targetUnit {\n                name\n              }\n              findingCount\n              findings {\n                severity\n                allowedActions\n                keyTask {\n                  code\n                }\n                rectification {\n                  status\n                }\n                evidence {\n                  id\n                }\n              }\n              scores {\n                score\n                keyTaskId\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpotChecks($n: Int!) {\n          spotChecks(perPage: $n) {\n            items {\n              allowedActions\n              team {\n                name\n                members {\n                  username\n                }\n              }\n              targetUnit {\n                name\n              }\n              findingCount\n              findings {\n                severity\n                allowedActions\n                keyTask {\n                  code\n                }\n                rectification {\n                  status\n                }\n                evidence {\n                  id\n                }\n              }\n              scores {\n                score\n                keyTaskId\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Findings($n: Int!) {\n          findings(perPage: $n) {\n            items {\n              allowedActions\n              spotCheck {\n                status\n              }\n              keyTask {\n                code\n              }\n              claimedBy {\n                name\n              }\n              rectification {\n                status\n                overdue\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Findings($n: Int!) {\n          findings(perPage: $n) {\n            items {\n              allowedActions\n              spotCheck {\n                status\n              }\n              keyTask {\n                code\n              }\n              claimedBy {\n                name\n              }\n              rectification {\n                status\n                overdue\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Rectifications($n: Int!) {\n          rectifications(perPage: $n) {\n            items {\n              overdue\n              allowedActions\n              finding {\n                description\n              }\n              responsibleUnit {\n                name\n              }\n              responsiblePerson {\n                name\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Rectifications($n: Int!) {\n          rectifications(perPage: $n) {\n            items {\n              overdue\n              allowedActions\n              finding {\n                description\n              }\n              responsibleUnit {\n                name\n              }\n              responsiblePerson {\n                name\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NPlusOneUsers($n: Int!) {\n          users(perPage: $n) {\n            total\n            items {\n              username\n              roles\n              unit {\n                name\n              }\n              person {\n                name\n              }\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NPlusOneUsers($n: Int!) {\n          users(perPage: $n) {\n            total\n            items {\n              username\n              roles\n              unit {\n                name\n              }\n              person {\n                name\n              }\n              grants {\n                role\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DailyReportsItems($n: Int!) {\n          dailyReports(perPage: $n) {\n            items {\n              reportDate\n              unit {\n                name\n              }\n              figures {\n                label\n                value\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DailyReportsItems($n: Int!) {\n          dailyReports(perPage: $n) {\n            items {\n              reportDate\n              unit {\n                name\n              }\n              figures {\n                label\n                value\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MonthlyObservationsItems($n: Int!) {\n          monthlyObservations(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              visits {\n                score\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MonthlyObservationsItems($n: Int!) {\n          monthlyObservations(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              visits {\n                score\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ResidentRequestsItems($n: Int!) {\n          residentRequests(perPage: $n) {\n            items {\n              title\n              stage\n              residentName\n              phone\n              address\n              overdue\n              unit {\n                name\n              }\n              meeting {\n                topic\n              }\n              timeline {\n                action\n                byName\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ResidentRequestsItems($n: Int!) {\n          residentRequests(perPage: $n) {\n            items {\n              title\n              stage\n              residentName\n              phone\n              address\n              overdue\n              unit {\n                name\n              }\n              meeting {\n                topic\n              }\n              timeline {\n                action\n                byName\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ResidentMeetingsItems($n: Int!) {\n          residentMeetings(perPage: $n) {\n            items {\n              topic\n              requestIds\n              unit {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ResidentMeetingsItems($n: Int!) {\n          residentMeetings(perPage: $n) {\n            items {\n              topic\n              requestIds\n              unit {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CommunityMembersItems($n: Int!) {\n          communityMembers(perPage: $n) {\n            items {\n              name\n              kind\n              person {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CommunityMembersItems($n: Int!) {\n          communityMembers(perPage: $n) {\n            items {\n              name\n              kind\n              person {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeetingsItems($n: Int!) {\n          meetings(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              attendees {\n                name\n              }\n              speeches {\n                topic\n                person {\n                  name\n                }\n              }\n              evaluations {\n                person {\n                  name\n                }\n              }\n              minutes {\n                id\n              }\n              photos {\n                id\n              }\n              items {\n                kind\n                overdue\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MeetingsItems($n: Int!) {\n          meetings(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              attendees {\n                name\n              }\n              speeches {\n                topic\n                person {\n                  name\n                }\n              }\n              evaluations {\n                person {\n                  name\n                }\n              }\n              minutes {\n                id\n              }\n              photos {\n                id\n              }\n              items {\n                kind\n                overdue\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MeetingItemsItems($n: Int!) {\n          meetingItems(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              ownerUnit {\n                name\n              }\n              ownerPerson {\n                name\n              }\n              overdue\n              answers {\n                content\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MeetingItemsItems($n: Int!) {\n          meetingItems(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              ownerUnit {\n                name\n              }\n              ownerPerson {\n                name\n              }\n              overdue\n              answers {\n                content\n              }\n              events {\n                action\n              }\n              evidence {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PostsItems($n: Int!) {\n          posts(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              live\n              cover {\n                id\n              }\n              images {\n                id\n              }\n              stars {\n                nameZh\n              }\n              keyTasks {\n                id\n              }\n              tagUnits {\n                name\n              }\n              events {\n                action\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PostsItems($n: Int!) {\n          posts(perPage: $n) {\n            items {\n              unit {\n                name\n              }\n              live\n              cover {\n                id\n              }\n              images {\n                id\n              }\n              stars {\n                nameZh\n              }\n              keyTasks {\n                id\n              }\n              tagUnits {\n                name\n              }\n              events {\n                action\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PermissionsBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PermissionsBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DepartmentsItems {\n            departments(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DepartmentsItems {\n            departments(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TaskForcesItems {\n            taskForces(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TaskForcesItems {\n            taskForces(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PermissionsPositions {\n            positions(filter: { role: COUNTY_LEADER }, perPage: 1) {\n              items {\n                personId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PermissionsPositions {\n            positions(filter: { role: COUNTY_LEADER }, perPage: 1) {\n              items {\n                personId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ContactPointsItems($u: ID!) {\n            contactPoints(filter: { unitId: $u }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ContactPointsItems($u: ID!) {\n            contactPoints(filter: { unitId: $u }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PermissionsKeyTasks {\n            keyTasks(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PermissionsKeyTasks {\n            keyTasks(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarOwnersItems($b: ID!) {\n            starOwners(filter: { branchId: $b }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarOwnersItems($b: ID!) {\n            starOwners(filter: { branchId: $b }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PermissionsCreatePerson($u: ID!) {\n            createPerson(input: { name: \"矩阵测试\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PermissionsCreatePerson($u: ID!) {\n            createPerson(input: { name: \"矩阵测试\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePositionId($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePositionId($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateTestStarType($code: String!, $zh: String!, $en: String!) {\n          createStarType(input: { code: $code, nameZh: $zh, nameEn: $en, categories: [RURAL, COMMUNITY] }) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateTestStarType($code: String!, $zh: String!, $en: String!) {\n          createStarType(input: { code: $code, nameZh: $zh, nameEn: $en, categories: [RURAL, COMMUNITY] }) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreateUnit($p: ID!, $n: String!) {\n          createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionsCreateUnit($p: ID!, $n: String!) {\n          createUnit(input: { name: $n, level: BRANCH, parentId: $p, category: RURAL, branchKind: PARTY_BRANCH }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { sortOrder: 1 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionsUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { sortOrder: 1 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreatePersonId($u: ID!) {\n          createPerson(input: { name: \"新人\", unitId: $u }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionsCreatePersonId($u: ID!) {\n          createPerson(input: { name: \"新人\", unitId: $u }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsUpdatePerson($id: ID!) {\n          updatePerson(id: $id, input: { title: \"委员\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionsUpdatePerson($id: ID!) {\n          updatePerson(id: $id, input: { title: \"委员\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CreatePositionId($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdatePositionId($id: ID!) {\n          updatePosition(id: $id, input: { endDate: \"2026-12-31\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdatePositionId($id: ID!) {\n          updatePosition(id: $id, input: { endDate: \"2026-12-31\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateStarOwner($id: ID!) {\n          updateStarOwner(id: $id, input: { endDate: \"2030-12-31\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateStarOwner($id: ID!) {\n          updateStarOwner(id: $id, input: { endDate: \"2030-12-31\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionsCreateDepartment($d: ID!, $c: String!) {\n          createDepartment(input: { districtId: $d, code: $c, name: \"测试部门\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionsCreateDepartment($d: ID!, $c: String!) {\n          createDepartment(input: { districtId: $d, code: $c, name: \"测试部门\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateDepartment($id: ID!) {\n          updateDepartment(id: $id, input: { sortOrder: 3 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateDepartment($id: ID!) {\n          updateDepartment(id: $id, input: { sortOrder: 3 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateTaskForce($d: ID!, $s: String!, $l: ID!) {\n          createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateTaskForce($d: ID!, $s: String!, $l: ID!) {\n          createTaskForce(input: { districtId: $d, starCode: $s, leadDepartmentId: $l }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateTaskForce($id: ID!) {\n          updateTaskForce(id: $id, input: { name: \"专班改名\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateTaskForce($id: ID!) {\n          updateTaskForce(id: $id, input: { name: \"专班改名\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateContactPoint($l: ID!, $u: ID!) {\n          createContactPoint(input: { leaderId: $l, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateContactPoint($l: ID!, $u: ID!) {\n          createContactPoint(input: { leaderId: $l, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateContactPoint($id: ID!) {\n          updateContactPoint(id: $id, input: { note: \"长板：产业\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateContactPoint($id: ID!) {\n          updateContactPoint(id: $id, input: { note: \"长板：产业\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateStarType($c: String!) {\n          createStarType(input: { code: $c, nameZh: \"星\", nameEn: \"Star\", categories: [RURAL] }) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateStarType($c: String!) {\n          createStarType(input: { code: $c, nameZh: \"星\", nameEn: \"Star\", categories: [RURAL] }) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateStarType {\n          updateStarType(code: \"STRONG_BRANCH\", input: { sortOrder: 5 }) {\n            code\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateStarType {\n          updateStarType(code: \"STRONG_BRANCH\", input: { sortOrder: 5 }) {\n            code\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateKeyTask($c: String!) {\n          createKeyTask(\n            input: { edition: 2026, code: $c, starCode: \"STRONG_BRANCH\", category: RURAL, title: \"测试任务\" }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateKeyTask($c: String!) {\n          createKeyTask(\n            input: { edition: 2026, code: $c, starCode: \"STRONG_BRANCH\", category: RURAL, title: \"测试任务\" }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateKeyTask($id: ID!) {\n          updateKeyTask(id: $id, input: { weight: 4 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation UpdateKeyTask($id: ID!) {\n          updateKeyTask(id: $id, input: { weight: 4 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PgBouncerLogin($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n      user {\n        unitId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PgBouncerLogin($u: String!) {\n    login(username: $u, password: \"fivestar\") {\n      token\n      user {\n        unitId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PgBouncerCampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      asOf\n      figures {\n        dailyReports {\n          submitted\n          expected\n        }\n      }\n      byChild {\n        unitId\n        unitName\n      }\n    }\n  }\n"): (typeof documents)["\n  query PgBouncerCampaignStats($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      asOf\n      figures {\n        dailyReports {\n          submitted\n          expected\n        }\n      }\n      byChild {\n        unitId\n        unitName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlansBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlansBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlanItemsTotal {\n            planItems(filter: { overdue: true, year: 2026 }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query PlanItemsTotal {\n            planItems(filter: { overdue: true, year: 2026 }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlansBranchesItems {\n            branches(perPage: 100) {\n              items {\n                starLevel\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlansBranchesItems {\n            branches(perPage: 100) {\n              items {\n                starLevel\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PlansBranchesTotalItems($l: Int) {\n              branches(filter: { starLevel: $l }, perPage: 100) {\n                total\n                items {\n                  starLevel\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PlansBranchesTotalItems($l: Int) {\n              branches(filter: { starLevel: $l }, perPage: 100) {\n                total\n                items {\n                  starLevel\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PlansBranchesTotal($w: ID) {\n              branches(filter: { starLevel: 0, withinId: $w }) {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query PlansBranchesTotal($w: ID) {\n              branches(filter: { starLevel: 0, withinId: $w }) {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlansBranchesTotal2 {\n          branches(filter: { starLevel: 6 }) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query PlansBranchesTotal2 {\n          branches(filter: { starLevel: 6 }) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2027\n                title: \"2027年创星计划\"\n                stars: [\n                  { starCode: \"STRONG_BRANCH\", intent: KEEP }\n                  { starCode: \"INDUSTRY_PROSPERITY\", intent: TARGET }\n                  { starCode: \"SAFETY_AND_RULE_OF_LAW\", intent: STRIVE }\n                ]\n              }\n            ) {\n              id\n              level\n              unitId\n              stars {\n                starCode\n                intent\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePlan($u: ID!) {\n            createPlan(\n              input: {\n                unitId: $u\n                year: 2027\n                title: \"2027年创星计划\"\n                stars: [\n                  { starCode: \"STRONG_BRANCH\", intent: KEEP }\n                  { starCode: \"INDUSTRY_PROSPERITY\", intent: TARGET }\n                  { starCode: \"SAFETY_AND_RULE_OF_LAW\", intent: STRIVE }\n                ]\n              }\n            ) {\n              id\n              level\n              unitId\n              stars {\n                starCode\n                intent\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CreatePlanId($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2027, title: \"重复\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CreatePlanId($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2027, title: \"重复\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PlansCreatePlan($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2028, title: \"x\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation PlansCreatePlan($u: ID!) {\n              createPlan(input: { unitId: $u, year: 2028, title: \"x\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PlansCreatePlanId($u: ID!) {\n              createPlan(\n                input: { unitId: $u, year: 2027, title: \"x\", stars: [{ starCode: \"STRONG_BRANCH\", intent: KEEP }] }\n              ) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation PlansCreatePlanId($u: ID!) {\n              createPlan(\n                input: { unitId: $u, year: 2027, title: \"x\", stars: [{ starCode: \"STRONG_BRANCH\", intent: KEEP }] }\n              ) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2027 }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2027 }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePlanItem($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"建设集体经济项目\", deadline: \"2027-06-30\" }) {\n              id\n              status\n              progress\n              overdue\n              milestones {\n                id\n                title\n                dueDate\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePlanItem($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"建设集体经济项目\", deadline: \"2027-06-30\" }) {\n              id\n              status\n              progress\n              overdue\n              milestones {\n                id\n                title\n                dueDate\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePlanMilestone($id: ID!) {\n            updatePlanMilestone(id: $id, input: { dueDate: \"2027-04-15\", doneOn: \"2027-03-01\" }) {\n              dueDate\n              doneOn\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePlanMilestone($id: ID!) {\n            updatePlanMilestone(id: $id, input: { dueDate: \"2027-04-15\", doneOn: \"2027-03-01\" }) {\n              dueDate\n              doneOn\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation UpdatePlanMilestoneDueDate($id: ID!) {\n              updatePlanMilestone(id: $id, input: { dueDate: \"2027-07-15\" }) {\n                dueDate\n              }\n            }\n          "): (typeof documents)["\n            mutation UpdatePlanMilestoneDueDate($id: ID!) {\n              updatePlanMilestone(id: $id, input: { dueDate: \"2027-07-15\" }) {\n                dueDate\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePlanItemStatusProgressCompletedAt($id: ID!) {\n            updatePlanItem(id: $id, input: { progress: 40 }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePlanItemStatusProgressCompletedAt($id: ID!) {\n            updatePlanItem(id: $id, input: { progress: 40 }) {\n              status\n              progress\n              completedAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation UpdatePlanItemId($id: ID!) {\n              updatePlanItem(id: $id, input: { progress: 140 }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation UpdatePlanItemId($id: ID!) {\n              updatePlanItem(id: $id, input: { progress: 140 }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePlanItemId($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"边界任务\", deadline: \"2027-03-31\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePlanItemId($p: ID!) {\n            createPlanItem(input: { planId: $p, title: \"边界任务\", deadline: \"2027-03-31\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PlanItemsByOverdue($p: ID!) {\n        all: planItems(filter: { planId: $p }) {\n          items {\n            id\n            overdue\n          }\n        }\n        late: planItems(filter: { planId: $p, overdue: true }) {\n          items {\n            id\n          }\n        }\n        onTime: planItems(filter: { planId: $p, overdue: false }) {\n          items {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PlanItemsByOverdue($p: ID!) {\n        all: planItems(filter: { planId: $p }) {\n          items {\n            id\n            overdue\n          }\n        }\n        late: planItems(filter: { planId: $p, overdue: true }) {\n          items {\n            id\n          }\n        }\n        onTime: planItems(filter: { planId: $p, overdue: false }) {\n          items {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PlansUpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PlansUpdatePlanItem($id: ID!) {\n            updatePlanItem(id: $id, input: { status: DONE }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlansPlans {\n            plans(filter: { year: 2026, level: DISTRICT }) {\n              items {\n                id\n                level\n                unit {\n                  id\n                }\n                rollup {\n                  total\n                  done\n                  overdue\n                  completion\n                  units\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlansPlans {\n            plans(filter: { year: 2026, level: DISTRICT }) {\n              items {\n                id\n                level\n                unit {\n                  id\n                }\n                rollup {\n                  total\n                  done\n                  overdue\n                  completion\n                  units\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlansPlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                rollup {\n                  total\n                  units\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PlansPlansItems($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                rollup {\n                  total\n                  units\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BattleMap($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n              rows {\n                unitId\n                unitName\n                unitLevel\n                total\n                notStarted\n                inProgress\n                done\n                overdue\n                nextDeadline\n                completion\n                starLevel\n                branches\n                branchesByLevel\n                keepStars\n                targetStars\n                striveStars\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BattleMap($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n              rows {\n                unitId\n                unitName\n                unitLevel\n                total\n                notStarted\n                inProgress\n                done\n                overdue\n                nextDeadline\n                completion\n                starLevel\n                branches\n                branchesByLevel\n                keepStars\n                targetStars\n                striveStars\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BattleMapRows($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              rows {\n                unitLevel\n                starLevel\n                total\n                targetStars\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BattleMapRows($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              rows {\n                unitLevel\n                starLevel\n                total\n                targetStars\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BattleMapAsOf($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n            }\n          }\n        "): (typeof documents)["\n          query BattleMapAsOf($u: ID!) {\n            battleMap(unitId: $u, year: 2026) {\n              asOf\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BattleMapAsOfUnitRows($u: ID!) {\n        battleMap(unitId: $u, year: 2026) {\n          asOf\n          unit {\n            name\n          }\n          rows {\n            unitId\n            total\n            overdue\n            nextDeadline\n            completion\n            starLevel\n            branchesByLevel\n            targetStars\n          }\n        }\n      }\n    "): (typeof documents)["\n      query BattleMapAsOfUnitRows($u: ID!) {\n        battleMap(unitId: $u, year: 2026) {\n          asOf\n          unit {\n            name\n          }\n          rows {\n            unitId\n            total\n            overdue\n            nextDeadline\n            completion\n            starLevel\n            branchesByLevel\n            targetStars\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n      bodyHtml\n      version\n      images {\n        id\n      }\n      cover {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PubCreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      id\n      status\n      bodyHtml\n      version\n      images {\n        id\n      }\n      cover {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      status\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation PubUpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      id\n      status\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubSubmitPost($id: ID!) {\n    submitPost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PubSubmitPost($id: ID!) {\n    submitPost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubReviewPost($id: ID!, $input: ReviewPostInput!) {\n    reviewPost(id: $id, input: $input) {\n      id\n      status\n      live\n      scheduled\n      publishedAt\n      lastComment\n    }\n  }\n"): (typeof documents)["\n  mutation PubReviewPost($id: ID!, $input: ReviewPostInput!) {\n    reviewPost(id: $id, input: $input) {\n      id\n      status\n      live\n      scheduled\n      publishedAt\n      lastComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubWithdrawPost($id: ID!, $comment: String!) {\n    withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n      live\n    }\n  }\n"): (typeof documents)["\n  mutation PubWithdrawPost($id: ID!, $comment: String!) {\n    withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n      live\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubPost($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      events {\n        action\n        fromStatus\n        toStatus\n        byName\n        at\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  query PubPost($id: ID!) {\n    post(id: $id) {\n      id\n      status\n      events {\n        action\n        fromStatus\n        toStatus\n        byName\n        at\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubPosts($filter: PostFilterInput) {\n    posts(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        status\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PubPosts($filter: PostFilterInput) {\n    posts(filter: $filter, perPage: 100) {\n      total\n      items {\n        id\n        status\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubPublished($unitId: ID, $first: Int, $after: String) {\n    publishedPosts(unitId: $unitId, first: $first, after: $after) {\n      nextCursor\n      items {\n        id\n        title\n        contentHtml\n        unitName\n        coverUrl\n        coverThumbnailUrl\n        contentHtmlAbsolute\n        coverAbsoluteUrl\n        coverThumbnailAbsoluteUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query PubPublished($unitId: ID, $first: Int, $after: String) {\n    publishedPosts(unitId: $unitId, first: $first, after: $after) {\n      nextCursor\n      items {\n        id\n        title\n        contentHtml\n        unitName\n        coverUrl\n        coverThumbnailUrl\n        contentHtmlAbsolute\n        coverAbsoluteUrl\n        coverThumbnailAbsoluteUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PubPreview($format: PostFormat!, $body: String!) {\n              postPreview(format: $format, body: $body)\n            }\n          "): (typeof documents)["\n            query PubPreview($format: PostFormat!, $body: String!) {\n              postPreview(format: $format, body: $body)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MeUsername {\n            me {\n              username\n            }\n          }\n        "): (typeof documents)["\n          query MeUsername {\n            me {\n              username\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation WrongPasswordOf($u: String!) {\n                login(username: $u, password: \"x\") {\n                  token\n                }\n              }\n            "): (typeof documents)["\n              mutation WrongPasswordOf($u: String!) {\n                login(username: $u, password: \"x\") {\n                  token\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RateLimitsCreateApiToken($u: ID!) {\n            createApiToken(input: { name: \"限流测试\", unitId: $u }) {\n              token\n            }\n          }\n        "): (typeof documents)["\n          mutation RateLimitsCreateApiToken($u: ID!) {\n            createApiToken(input: { name: \"限流测试\", unitId: $u }) {\n              token\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query BranchesTotal {\n                branches(perPage: 1) {\n                  total\n                }\n              }\n            "): (typeof documents)["\n              query BranchesTotal {\n                branches(perPage: 1) {\n                  total\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BranchProfile($id: ID!) {\n        branchProfile(id: $id) {\n          year\n        }\n      }\n    "): (typeof documents)["\n      query BranchProfile($id: ID!) {\n        branchProfile(id: $id) {\n          year\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query UnitId($id: ID!) {\n        unit(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query UnitId($id: ID!) {\n        unit(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeId {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MeId {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RestEdgeBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RestEdgeBranches {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RestEdgeBranchesItems {\n            branches(perPage: 5, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RestEdgeBranchesItems {\n            branches(perPage: 5, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScopeBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  name\n                  version\n                  township {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ScopeBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  name\n                  version\n                  township {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScopeBranchesTotal {\n              branches {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query ScopeBranchesTotal {\n              branches {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScopeBranchesAndUnits {\n            branches(perPage: 100) {\n              total\n              items {\n                id\n                township {\n                  name\n                }\n              }\n            }\n            units(perPage: 100) {\n              total\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ScopeBranchesAndUnits {\n            branches(perPage: 100) {\n              total\n              items {\n                id\n                township {\n                  name\n                }\n              }\n            }\n            units(perPage: 100) {\n              total\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScopeBranchesTotal2 {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query ScopeBranchesTotal2 {\n            branches(filter: { search: \"建新南街\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BranchIdName($id: ID!) {\n        branch(id: $id) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      query BranchIdName($id: ID!) {\n        branch(id: $id) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UnitId($id: ID!) {\n              unit(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query UnitId($id: ID!) {\n              unit(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScopeAccountabilityChain($id: ID!) {\n              accountabilityChain(branchId: $id, starCode: \"STRONG_BRANCH\") {\n                date\n              }\n            }\n          "): (typeof documents)["\n            query ScopeAccountabilityChain($id: ID!) {\n              accountabilityChain(branchId: $id, starCode: \"STRONG_BRANCH\") {\n                date\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PeopleAndPositionsAndStarOwnersEtc {\n        people(perPage: 100) {\n          total\n          items {\n            unit {\n              id\n            }\n          }\n        }\n        positions(perPage: 100) {\n          total\n          items {\n            scope: unit {\n              id\n            }\n          }\n        }\n        starOwners(perPage: 100) {\n          total\n        }\n        contactPoints(perPage: 100) {\n          total\n          items {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PeopleAndPositionsAndStarOwnersEtc {\n        people(perPage: 100) {\n          total\n          items {\n            unit {\n              id\n            }\n          }\n        }\n        positions(perPage: 100) {\n          total\n          items {\n            scope: unit {\n              id\n            }\n          }\n        }\n        starOwners(perPage: 100) {\n          total\n        }\n        contactPoints(perPage: 100) {\n          total\n          items {\n            unit {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DepartmentsAndTaskForces {\n            departments {\n              total\n            }\n            taskForces {\n              total\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DepartmentsAndTaskForces {\n            departments {\n              total\n            }\n            taskForces {\n              total\n              items {\n                starCode\n                leader {\n                  name\n                }\n                leadDepartment {\n                  name\n                }\n                members {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateUnitIdNameVersion($id: ID!, $v: Int) {\n        updateUnit(id: $id, input: { name: \"樱桃沟社区（改）\", version: $v }) {\n          id\n          name\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation UpdateUnitIdNameVersion($id: ID!, $v: Int) {\n        updateUnit(id: $id, input: { name: \"樱桃沟社区（改）\", version: $v }) {\n          id\n          name\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchName($id: ID!) {\n            branch(id: $id) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query BranchName($id: ID!) {\n            branch(id: $id) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScopeUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ScopeUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation UpdateUnitId($id: ID!) {\n              updateUnit(id: $id, input: { name: \"x\" }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation UpdateUnitId($id: ID!) {\n              updateUnit(id: $id, input: { name: \"x\" }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateStarTypeCode {\n            createStarType(input: { code: \"X\", nameZh: \"x\", nameEn: \"x\", categories: [RURAL] }) {\n              code\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateStarTypeCode {\n            createStarType(input: { code: \"X\", nameZh: \"x\", nameEn: \"x\", categories: [RURAL] }) {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateDepartmentIdName($d: ID!) {\n        createDepartment(input: { districtId: $d, code: \"TEST\", name: \"测试部门\" }) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation CreateDepartmentIdName($d: ID!) {\n        createDepartment(input: { districtId: $d, code: \"TEST\", name: \"测试部门\" }) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScopeCreatePerson($u: ID!) {\n            createPerson(input: { name: \"新委员\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ScopeCreatePerson($u: ID!) {\n            createPerson(input: { name: \"新委员\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreatePositionIdActive($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n            active\n          }\n        }\n      "): (typeof documents)["\n        mutation CreatePositionIdActive($p: ID!, $u: ID!) {\n          createPosition(input: { personId: $p, role: BRANCH_MEMBER, unitId: $u, startDate: \"2026-01-01\" }) {\n            id\n            active\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScopeCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"某人\", unitId: $u }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ScopeCreatePersonId($u: ID!) {\n            createPerson(input: { name: \"某人\", unitId: $u }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScopeCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: TOWNSHIP_SECRETARY, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ScopeCreatePosition($p: ID!, $u: ID!) {\n            createPosition(input: { personId: $p, role: TOWNSHIP_SECRETARY, unitId: $u, startDate: \"2026-01-01\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarOwnersTotalItems {\n            starOwners(perPage: 100) {\n              total\n              items {\n                starCode\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarOwnersTotalItems {\n            starOwners(perPage: 100) {\n              total\n              items {\n                starCode\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScopeBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ScopeBranchesItems {\n            branches(perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccountabilityChainLinks($b: ID!, $s: String!) {\n        accountabilityChain(branchId: $b, starCode: $s) {\n          links {\n            role\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccountabilityChainLinks($b: ID!, $s: String!) {\n        accountabilityChain(branchId: $b, starCode: $s) {\n          links {\n            role\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query MeUsername {\n                me {\n                  username\n                }\n              }\n            "): (typeof documents)["\n              query MeUsername {\n                me {\n                  username\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation Logout {\n            logout\n          }\n        "): (typeof documents)["\n          mutation Logout {\n            logout\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchesTotal {\n              branches(perPage: 1) {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query BranchesTotal {\n              branches(perPage: 1) {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchesAndUnitsAndPeopleEtc {\n              branches(perPage: 1) {\n                total\n              }\n              units {\n                total\n              }\n              people {\n                total\n              }\n              departments {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query BranchesAndUnitsAndPeopleEtc {\n              branches(perPage: 1) {\n                total\n              }\n              units {\n                total\n              }\n              people {\n                total\n              }\n              departments {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MeUsername {\n        me {\n          username\n        }\n      }\n    "): (typeof documents)["\n      query MeUsername {\n        me {\n          username\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionCacheChangePassword {\n          changePassword(currentPassword: \"not-the-password\", newPassword: \"Session-Cache-2026\") {\n            mustChangePassword\n          }\n        }\n      "): (typeof documents)["\n        mutation SessionCacheChangePassword {\n          changePassword(currentPassword: \"not-the-password\", newPassword: \"Session-Cache-2026\") {\n            mustChangePassword\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsEvidenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsEvidenceBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsEvidenceKeyTasks {\n            keyTasks(perPage: 1, filter: { starCode: \"STRONG_BRANCH\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsEvidenceKeyTasks {\n            keyTasks(perPage: 1, filter: { starCode: \"STRONG_BRANCH\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ApplyForStarIdItems($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n              items {\n                evidence {\n                  id\n                  name\n                  mimeType\n                  url\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation ApplyForStarIdItems($i: ApplyForStarInput!) {\n            applyForStar(input: $i) {\n              id\n              items {\n                evidence {\n                  id\n                  name\n                  mimeType\n                  url\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsEvidencePlans($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsEvidencePlans($u: ID!) {\n            plans(filter: { unitId: $u, year: 2026 }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreatePlanItemIdEvidence($p: ID!, $f: [ID!]) {\n            createPlanItem(input: { planId: $p, title: \"阵地建设\", deadline: \"2026-12-20\", evidenceFileIds: $f }) {\n              id\n              evidence {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CreatePlanItemIdEvidence($p: ID!, $f: [ID!]) {\n            createPlanItem(input: { planId: $p, title: \"阵地建设\", deadline: \"2026-12-20\", evidenceFileIds: $f }) {\n              id\n              evidence {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdatePlanItemEvidence($id: ID!, $f: [ID!]) {\n            updatePlanItem(id: $id, input: { progress: 80, evidenceFileIds: $f }) {\n              evidence {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdatePlanItemEvidence($id: ID!, $f: [ID!]) {\n            updatePlanItem(id: $id, input: { progress: 80, evidenceFileIds: $f }) {\n              evidence {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MeAndBranches {\n            me {\n              id\n            }\n            branches(perPage: 100) {\n              items {\n                id\n                name\n                starLevel\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MeAndBranches {\n            me {\n              id\n            }\n            branches(perPage: 100) {\n              items {\n                id\n                name\n                starLevel\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsKitBranches {\n            branches(perPage: 100, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsKitBranches {\n            branches(perPage: 100, filter: { search: \"建新南街\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchProfileBranchYearTasks($id: ID!) {\n            branchProfile(id: $id, year: 2026) {\n              branch {\n                name\n              }\n              year\n              tasks {\n                code\n                title\n                starCode\n              }\n              baseline {\n                label\n                value\n              }\n              measures {\n                title\n                deadline\n                status\n                overdue\n              }\n              mechanisms {\n                title\n              }\n              ratingMethod\n            }\n          }\n        "): (typeof documents)["\n          query BranchProfileBranchYearTasks($id: ID!) {\n            branchProfile(id: $id, year: 2026) {\n              branch {\n                name\n              }\n              year\n              tasks {\n                code\n                title\n                starCode\n              }\n              baseline {\n                label\n                value\n              }\n              measures {\n                title\n                deadline\n                status\n                overdue\n              }\n              mechanisms {\n                title\n              }\n              ratingMethod\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchProfile($id: ID!) {\n              branchProfile(id: $id) {\n                year\n              }\n            }\n          "): (typeof documents)["\n            query BranchProfile($id: ID!) {\n              branchProfile(id: $id) {\n                year\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsKitPlanItems($id: ID!) {\n            planItems(filter: { unitId: $id, year: 2026 }) {\n              items {\n                title\n                deadline\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsKitPlanItems($id: ID!) {\n            planItems(filter: { unitId: $id, year: 2026 }) {\n              items {\n                title\n                deadline\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on StarApplication {\n    id\n    status\n    allowedActions\n    noticeStartsOn\n    noticeEndsOn\n    selfScore\n    starCode\n    branchId\n    items {\n      keyTaskId\n      met\n      score\n    }\n    transitions {\n      fromStatus\n      toStatus\n      decision\n      actorName\n      comment\n      at\n    }\n    objections {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on StarApplication {\n    id\n    status\n    allowedActions\n    noticeStartsOn\n    noticeEndsOn\n    selfScore\n    starCode\n    branchId\n    items {\n      keyTaskId\n      met\n      score\n    }\n    transitions {\n      fromStatus\n      toStatus\n      decision\n      actorName\n      comment\n      at\n    }\n    objections {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApplyForTestStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            ...ApplicationFields\n          }\n        }\n      "): (typeof documents)["\n        mutation ApplyForTestStar($i: ApplyForStarInput!) {\n          applyForStar(input: $i) {\n            ...ApplicationFields\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReviewTestApplication($id: ID!, $i: ReviewStarApplicationInput!) {\n          reviewStarApplication(id: $id, input: $i) {\n            ...ApplicationFields\n          }\n        }\n      "): (typeof documents)["\n        mutation ReviewTestApplication($id: ID!, $i: ReviewStarApplicationInput!) {\n          reviewStarApplication(id: $id, input: $i) {\n            ...ApplicationFields\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TestApplication($id: ID!) {\n            starApplication(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        "): (typeof documents)["\n          query TestApplication($id: ID!) {\n            starApplication(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchStarLevel($id: ID!) {\n            branch(id: $id) {\n              starLevel\n            }\n          }\n        "): (typeof documents)["\n          query BranchStarLevel($id: ID!) {\n            branch(id: $id) {\n              starLevel\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query StarsLifecycleBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  category\n                }\n              }\n            }\n          "): (typeof documents)["\n            query StarsLifecycleBranches($s: String) {\n              branches(filter: { search: $s }) {\n                items {\n                  id\n                  category\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsLifecycleKeyTasks($c: BranchCategory) {\n            keyTasks(perPage: 100, filter: { starCode: \"INDUSTRY_PROSPERITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsLifecycleKeyTasks($c: BranchCategory) {\n            keyTasks(perPage: 100, filter: { starCode: \"INDUSTRY_PROSPERITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query StarsLifecycleKeyTasksItems($s: String, $c: BranchCategory) {\n              keyTasks(perPage: 3, filter: { starCode: $s, category: $c }) {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query StarsLifecycleKeyTasksItems($s: String, $c: BranchCategory) {\n              keyTasks(perPage: 3, filter: { starCode: $s, category: $c }) {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FinalizeStarAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation FinalizeStarAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation FinalizeStarAward($id: ID!) {\n              finalizeStarAward(id: $id) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation FinalizeStarAward($id: ID!) {\n              finalizeStarAward(id: $id) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FinalizeTestAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation FinalizeTestAward($id: ID!) {\n            finalizeStarAward(id: $id) {\n              ...ApplicationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchStarsStarHistory($id: ID!) {\n            branch(id: $id) {\n              stars(year: 2026) {\n                starCode\n                status\n                since\n                applicationStatus\n              }\n              starHistory {\n                starCode\n                kind\n                date\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BranchStarsStarHistory($id: ID!) {\n            branch(id: $id) {\n              stars(year: 2026) {\n                starCode\n                status\n                since\n                applicationStatus\n              }\n              starHistory {\n                starCode\n                kind\n                date\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsLifecycleKeyTasksItems2 {\n            keyTasks(perPage: 1, filter: { starCode: \"ECOLOGICAL_LIVABILITY\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsLifecycleKeyTasksItems2 {\n            keyTasks(perPage: 1, filter: { starCode: \"ECOLOGICAL_LIVABILITY\" }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsLifecycleKeyTasksItems3($c: BranchCategory) {\n            keyTasks(perPage: 5, filter: { starCode: \"ECOLOGICAL_LIVABILITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsLifecycleKeyTasksItems3($c: BranchCategory) {\n            keyTasks(perPage: 5, filter: { starCode: \"ECOLOGICAL_LIVABILITY\", category: $c }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ResubmitTwiceTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ResubmitTwiceTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ResubmitTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              ...ApplicationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation ResubmitTestApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n            resubmitStarApplication(id: $id, input: $i) {\n              ...ApplicationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ResubmitStarApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n              resubmitStarApplication(id: $id, input: $i) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ResubmitStarApplication($id: ID!, $i: ResubmitStarApplicationInput!) {\n              resubmitStarApplication(id: $id, input: $i) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StarsLifecycleKeyTasksItems4 {\n            keyTasks(perPage: 3, filter: { starCode: \"CIVILITY_AND_HAPPINESS\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StarsLifecycleKeyTasksItems4 {\n            keyTasks(perPage: 3, filter: { starCode: \"CIVILITY_AND_HAPPINESS\", category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FileObjection($id: ID!, $r: String!) {\n            fileObjection(applicationId: $id, reason: $r) {\n              id\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation FileObjection($id: ID!, $r: String!) {\n            fileObjection(applicationId: $id, reason: $r) {\n              id\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: true) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: true) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation FinalizeStarAwardId($id: ID!) {\n              finalizeStarAward(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation FinalizeStarAwardId($id: ID!) {\n              finalizeStarAward(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: true, comment: \"经核实属实\") {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation ResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: true, comment: \"经核实属实\") {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation StarsLifecycleResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: false) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            mutation StarsLifecycleResolveObjection($id: ID!) {\n              resolveObjection(id: $id, upheld: false) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation StarsLifecycleResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: false, comment: \"不属实\") {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation StarsLifecycleResolveObjectionStatus($id: ID!) {\n            resolveObjection(id: $id, upheld: false, comment: \"不属实\") {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation RevokeStar($b: ID!) {\n              revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"x\") {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation RevokeStar($b: ID!) {\n              revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"x\") {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RevokeStarStarCodeSinceUntil($b: ID!) {\n            revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"发生安全事故（三零）\") {\n              starCode\n              since\n              until\n              endKind\n              endReason\n            }\n          }\n        "): (typeof documents)["\n          mutation RevokeStarStarCodeSinceUntil($b: ID!) {\n            revokeStar(branchId: $b, starCode: \"INDUSTRY_PROSPERITY\", reason: \"发生安全事故（三零）\") {\n              starCode\n              since\n              until\n              endKind\n              endReason\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DowngradeStar($b: ID!) {\n            downgradeStar(branchId: $b, starCode: \"CIVILITY_AND_HAPPINESS\", reason: \"整改未到位\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation DowngradeStar($b: ID!) {\n            downgradeStar(branchId: $b, starCode: \"CIVILITY_AND_HAPPINESS\", reason: \"整改未到位\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BranchStarHistory($id: ID!) {\n            branch(id: $id) {\n              starHistory {\n                starCode\n                kind\n                date\n                reason\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BranchStarHistory($id: ID!) {\n            branch(id: $id) {\n              starHistory {\n                starCode\n                kind\n                date\n                reason\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation StarsLifecycleCreateStarType {\n            createStarType(\n              input: {\n                code: \"LIVELIHOOD_SERVICE\"\n                nameZh: \"民生服务星\"\n                nameEn: \"Livelihood service\"\n                categories: [COMMUNITY, RURAL]\n              }\n            ) {\n              code\n            }\n          }\n        "): (typeof documents)["\n          mutation StarsLifecycleCreateStarType {\n            createStarType(\n              input: {\n                code: \"LIVELIHOOD_SERVICE\"\n                nameZh: \"民生服务星\"\n                nameEn: \"Livelihood service\"\n                categories: [COMMUNITY, RURAL]\n              }\n            ) {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateKeyTaskId {\n            createKeyTask(\n              input: {\n                edition: 2026\n                code: \"LS-01\"\n                starCode: \"LIVELIHOOD_SERVICE\"\n                category: COMMUNITY\n                title: \"便民服务\"\n              }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateKeyTaskId {\n            createKeyTask(\n              input: {\n                edition: 2026\n                code: \"LS-01\"\n                starCode: \"LIVELIHOOD_SERVICE\"\n                category: COMMUNITY\n                title: \"便民服务\"\n              }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PairBranches($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w, note: \"产业帮扶\" }) {\n              id\n              startDate\n              strongBranch {\n                id\n              }\n              weakBranch {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PairBranches($s: ID!, $w: ID!) {\n            pairBranches(input: { strongBranchId: $s, weakBranchId: $w, note: \"产业帮扶\" }) {\n              id\n              startDate\n              strongBranch {\n                id\n              }\n              weakBranch {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BranchPairings($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  id\n                  note\n                  strongBranch {\n                    id\n                  }\n                  weakBranch {\n                    id\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query BranchPairings($id: ID!) {\n              branch(id: $id) {\n                pairings {\n                  id\n                  note\n                  strongBranch {\n                    id\n                  }\n                  weakBranch {\n                    id\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PairBranchesId($s: ID!, $w: ID!) {\n              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation PairBranchesId($s: ID!, $w: ID!) {\n              pairBranches(input: { strongBranchId: $s, weakBranchId: $w }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query Units {\n              units(filter: { level: DISTRICT }) {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query Units {\n              units(filter: { level: DISTRICT }) {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateRestartTownship($parentId: ID!) {\n            createUnit(\n              input: { name: \"重启测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $parentId }\n            ) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CreateRestartTownship($parentId: ID!) {\n            createUnit(\n              input: { name: \"重启测试街道\", level: TOWNSHIP, townshipKind: SUBDISTRICT, parentId: $parentId }\n            ) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsTotal {\n            units(filter: { search: \"重启测试街道\" }) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query UnitsTotal {\n            units(filter: { search: \"重启测试街道\" }) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query StartBranches {\n                branches {\n                  total\n                }\n              }\n            "): (typeof documents)["\n              query StartBranches {\n                branches {\n                  total\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n"): (typeof documents)["\n  fragment AllFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStatsWithChildren($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...AllFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...AllFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStatsWithChildren($u: ID!, $y: Int!) {\n    campaignStats(unitId: $u, year: $y) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...AllFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...AllFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Trend($u: ID!, $m: StatsMetric!, $f: String!, $t: String!, $i: TrendInterval) {\n        trend(unitId: $u, metric: $m, from: $f, to: $t, interval: $i) {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n    "): (typeof documents)["\n      query Trend($u: ID!, $m: StatsMetric!, $f: String!, $t: String!, $i: TrendInterval) {\n        trend(unitId: $u, metric: $m, from: $f, to: $t, interval: $i) {\n          periodStart\n          periodEnd\n          value\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AverageLevelTrend($u: ID!, $f: String!, $t: String!) {\n        trend(unitId: $u, metric: AVERAGE_LEVEL, from: $f, to: $t) {\n          value\n        }\n      }\n    "): (typeof documents)["\n      query AverageLevelTrend($u: ID!, $f: String!, $t: String!) {\n        trend(unitId: $u, metric: AVERAGE_LEVEL, from: $f, to: $t) {\n          value\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpotCheckFields on SpotCheck {\n    id\n    status\n    plannedFor\n    targetUnitId\n    teamId\n    findingCount\n  }\n"): (typeof documents)["\n  fragment SpotCheckFields on SpotCheck {\n    id\n    status\n    plannedFor\n    targetUnitId\n    teamId\n    findingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpotChecksTotalItems($f: SpotCheckFilterInput) {\n    spotChecks(filter: $f, perPage: 100) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpotChecksTotalItems($f: SpotCheckFilterInput) {\n    spotChecks(filter: $f, perPage: 100) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionStats {\n    supervisionStats {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      closedRectifications\n    }\n  }\n"): (typeof documents)["\n  query SupervisionStats {\n    supervisionStats {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      closedRectifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationFields on Rectification {\n    id\n    status\n    reopenCount\n    overdue\n    deadline\n    events {\n      action\n      fromStatus\n      toStatus\n      byName\n      comment\n    }\n  }\n"): (typeof documents)["\n  fragment RectificationFields on Rectification {\n    id\n    status\n    reopenCount\n    overdue\n    deadline\n    events {\n      action\n      fromStatus\n      toStatus\n      byName\n      comment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SupervisionBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SupervisionBranches {\n            branches(filter: { search: \"樱桃沟社区\" }) {\n              items {\n                id\n                township {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SupervisionCreateApiToken($u: ID!) {\n          createApiToken(input: { name: \"看板\", unitId: $u }) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation SupervisionCreateApiToken($u: ID!) {\n          createApiToken(input: { name: \"看板\", unitId: $u }) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateSupervisionTeam($i: CreateSupervisionTeamInput!) {\n          createSupervisionTeam(input: $i) {\n            id\n            members {\n              username\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateSupervisionTeam($i: CreateSupervisionTeamInput!) {\n          createSupervisionTeam(input: $i) {\n            id\n            members {\n              username\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Supervisors($u: ID!) {\n          supervisors(unitId: $u) {\n            username\n          }\n        }\n      "): (typeof documents)["\n        query Supervisors($u: ID!) {\n          supervisors(unitId: $u) {\n            username\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query Supervisors($u: ID!) {\n              supervisors(unitId: $u) {\n                username\n              }\n            }\n          "): (typeof documents)["\n            query Supervisors($u: ID!) {\n              supervisors(unitId: $u) {\n                username\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SupervisionKeyTasks {\n            keyTasks(perPage: 3, filter: { category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SupervisionKeyTasks {\n            keyTasks(perPage: 3, filter: { category: COMMUNITY }) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PlanTestSpotCheck($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            ...SpotCheckFields\n          }\n        }\n      "): (typeof documents)["\n        mutation PlanTestSpotCheck($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            ...SpotCheckFields\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FindingsTotal($s: ID) {\n              findings(filter: { spotCheckId: $s }) {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query FindingsTotal($s: ID) {\n              findings(filter: { spotCheckId: $s }) {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query Finding($x: ID!) {\n              finding(id: $x) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query Finding($x: ID!) {\n              finding(id: $x) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"试探\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation RecordFinding($x: ID!) {\n            recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"试探\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SpotCheckIdTargetUnit($x: ID!) {\n                spotCheck(id: $x) {\n                  id\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query SpotCheckIdTargetUnit($x: ID!) {\n                spotCheck(id: $x) {\n                  id\n                  targetUnit {\n                    name\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StartSpotCheck($x: ID!) {\n          startSpotCheck(id: $x, input: { location: \"社区党群服务中心\" }) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation StartSpotCheck($x: ID!) {\n          startSpotCheck(id: $x, input: { location: \"社区党群服务中心\" }) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordFindingIdStarCode($x: ID!, $k: ID) {\n          recordFinding(spotCheckId: $x, input: { keyTaskId: $k, severity: MAJOR, description: \"台账不全\" }) {\n            id\n            starCode\n          }\n        }\n      "): (typeof documents)["\n        mutation RecordFindingIdStarCode($x: ID!, $k: ID) {\n          recordFinding(spotCheckId: $x, input: { keyTaskId: $k, severity: MAJOR, description: \"台账不全\" }) {\n            id\n            starCode\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SupervisionAuditEntries($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n            items {\n              operation\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SupervisionAuditEntries($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n            items {\n              operation\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CompleteSpotCheck($x: ID!, $i: CompleteSpotCheckInput!) {\n          completeSpotCheck(id: $x, input: $i) {\n            status\n            overallScore\n          }\n        }\n      "): (typeof documents)["\n        mutation CompleteSpotCheck($x: ID!, $i: CompleteSpotCheckInput!) {\n          completeSpotCheck(id: $x, input: $i) {\n            status\n            overallScore\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SpotCheckStatusFindingsScores($x: ID!) {\n            spotCheck(id: $x) {\n              status\n              findings {\n                description\n              }\n              scores {\n                score\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SpotCheckStatusFindingsScores($x: ID!) {\n            spotCheck(id: $x) {\n              status\n              findings {\n                description\n              }\n              scores {\n                score\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordFindingIdEvidence($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"公示栏破损\", evidenceFileIds: $e }) {\n            id\n            evidence {\n              id\n              name\n              mimeType\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation RecordFindingIdEvidence($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"公示栏破损\", evidenceFileIds: $e }) {\n            id\n            evidence {\n              id\n              name\n              mimeType\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordFindingId($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"x\", evidenceFileIds: $e }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RecordFindingId($x: ID!, $e: [ID!]) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"x\", evidenceFileIds: $e }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CompleteSpotCheckId($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CompleteSpotCheckId($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupervisionSpotChecks($u: ID) {\n        spotChecks(filter: { withinId: $u, status: PLANNED }) {\n          total\n          items {\n            targetUnit {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query SupervisionSpotChecks($u: ID) {\n        spotChecks(filter: { withinId: $u, status: PLANNED }) {\n          total\n          items {\n            targetUnit {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SupervisionSpotChecksTotalItems {\n              spotChecks {\n                total\n                items {\n                  status\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SupervisionSpotChecksTotalItems {\n              spotChecks {\n                total\n                items {\n                  status\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpotChecksAndRectificationsAndRectificationsEtc {\n          a: spotChecks(filter: { status: IN_PROGRESS }) {\n            total\n          }\n          r1: rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n          r2: rectifications(filter: { status: SUBMITTED }) {\n            total\n          }\n          r3: rectifications(filter: { status: CLOSED }) {\n            total\n          }\n          o: rectifications(filter: { overdue: true }) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query SpotChecksAndRectificationsAndRectificationsEtc {\n          a: spotChecks(filter: { status: IN_PROGRESS }) {\n            total\n          }\n          r1: rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n          r2: rectifications(filter: { status: SUBMITTED }) {\n            total\n          }\n          r3: rectifications(filter: { status: CLOSED }) {\n            total\n          }\n          o: rectifications(filter: { overdue: true }) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RectificationsTotal {\n          rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query RectificationsTotal {\n          rectifications(filter: { status: ASSIGNED }) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SupervisionAuditEntriesTotal($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query SupervisionAuditEntriesTotal($x: String) {\n          auditEntries(filter: { targetType: \"SpotCheck\", targetId: $x }) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditEntriesItems {\n          auditEntries(perPage: 100, filter: { targetType: \"SpotCheck\" }) {\n            items {\n              targetId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuditEntriesItems {\n          auditEntries(perPage: 100, filter: { targetType: \"SpotCheck\" }) {\n            items {\n              targetId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation StartSpotCheckIdStatusVersion($x: ID!) {\n        startSpotCheck(id: $x, input: { clientMutationId: \"start-0001-abc\", location: \"村委会\" }) {\n          id\n          status\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation StartSpotCheckIdStatusVersion($x: ID!) {\n        startSpotCheck(id: $x, input: { clientMutationId: \"start-0001-abc\", location: \"村委会\" }) {\n          id\n          status\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SupervisionRecordFinding($x: ID!) {\n        recordFinding(\n          spotCheckId: $x\n          input: { clientMutationId: \"finding-0001-abc\", severity: CRITICAL, description: \"公示栏未更新\" }\n        ) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SupervisionRecordFinding($x: ID!) {\n        recordFinding(\n          spotCheckId: $x\n          input: { clientMutationId: \"finding-0001-abc\", severity: CRITICAL, description: \"公示栏未更新\" }\n        ) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SupervisionRecordFindingId($x: ID!) {\n          recordFinding(\n            spotCheckId: $x\n            input: { clientMutationId: \"finding-0001-abc\", severity: MINOR, description: \"别的\" }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SupervisionRecordFindingId($x: ID!) {\n          recordFinding(\n            spotCheckId: $x\n            input: { clientMutationId: \"finding-0001-abc\", severity: MINOR, description: \"别的\" }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CompleteSpotCheckIdStatus($x: ID!) {\n        completeSpotCheck(id: $x, input: { clientMutationId: \"complete-0001\", summary: \"完成\", methodAttested: true }) {\n          id\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation CompleteSpotCheckIdStatus($x: ID!) {\n        completeSpotCheck(id: $x, input: { clientMutationId: \"complete-0001\", summary: \"完成\", methodAttested: true }) {\n          id\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SupervisionRecordFindingId2($x: ID!) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"早\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SupervisionRecordFindingId2($x: ID!) {\n          recordFinding(spotCheckId: $x, input: { severity: MINOR, description: \"早\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SupervisionCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"x\", methodAttested: false }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SupervisionCompleteSpotCheck($x: ID!) {\n          completeSpotCheck(id: $x, input: { summary: \"x\", methodAttested: false }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PlanSpotCheckId($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PlanSpotCheckId($i: PlanSpotCheckInput!) {\n          planSpotCheck(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation StartSpotCheckId($x: ID!) {\n            startSpotCheck(id: $x, input: {}) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation StartSpotCheckId($x: ID!) {\n            startSpotCheck(id: $x, input: {}) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation SupervisionRecordFindingId3($x: ID!, $d: String!) {\n                  recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: $d }) {\n                    id\n                  }\n                }\n              "): (typeof documents)["\n                mutation SupervisionRecordFindingId3($x: ID!, $d: String!) {\n                  recordFinding(spotCheckId: $x, input: { severity: MAJOR, description: $d }) {\n                    id\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CompleteSpotCheckId($x: ID!) {\n            completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CompleteSpotCheckId($x: ID!) {\n            completeSpotCheck(id: $x, input: { summary: \"完成\", methodAttested: true }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignTestRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              ...RectificationFields\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignTestRectification($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              ...RectificationFields\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query RectificationStatusFinding($x: ID!) {\n                rectification(id: $x) {\n                  status\n                  finding {\n                    description\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query RectificationStatusFinding($x: ID!) {\n                rectification(id: $x) {\n                  status\n                  finding {\n                    description\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SubmitTestRectification($x: ID!, $n: String!) {\n              submitRectification(id: $x, input: { note: $n }) {\n                ...RectificationFields\n              }\n            }\n          "): (typeof documents)["\n            mutation SubmitTestRectification($x: ID!, $n: String!) {\n              submitRectification(id: $x, input: { note: $n }) {\n                ...RectificationFields\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation VerifyTestRectification($x: ID!, $a: Boolean!, $c: String) {\n              verifyRectification(id: $x, input: { accept: $a, comment: $c }) {\n                ...RectificationFields\n              }\n            }\n          "): (typeof documents)["\n            mutation VerifyTestRectification($x: ID!, $a: Boolean!, $c: String) {\n              verifyRectification(id: $x, input: { accept: $a, comment: $c }) {\n                ...RectificationFields\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubmitRectification($x: ID!, $e: [ID!]) {\n            submitRectification(id: $x, input: { note: \"已补齐\", evidenceFileIds: $e }) {\n              status\n              evidence {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation SubmitRectification($x: ID!, $e: [ID!]) {\n            submitRectification(id: $x, input: { note: \"已补齐\", evidenceFileIds: $e }) {\n              status\n              evidence {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubmitRectificationId($x: ID!) {\n            submitRectification(id: $x, input: { note: \"再交\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SubmitRectificationId($x: ID!) {\n            submitRectification(id: $x, input: { note: \"再交\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignRectificationIdOverdue($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n              overdue\n            }\n          }\n        "): (typeof documents)["\n          mutation AssignRectificationIdOverdue($f: ID!, $i: AssignRectificationInput!) {\n            assignRectification(findingId: $f, input: $i) {\n              id\n              overdue\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query RectificationOverdue($x: ID!) {\n                rectification(id: $x) {\n                  overdue\n                }\n              }\n            "): (typeof documents)["\n              query RectificationOverdue($x: ID!) {\n                rectification(id: $x) {\n                  overdue\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query RectificationsItems {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n                overdue\n              }\n            }\n          }\n        "): (typeof documents)["\n          query RectificationsItems {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n                overdue\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SupervisionSubmitRectification($x: ID!) {\n            submitRectification(id: $x, input: { note: \"已整改\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SupervisionSubmitRectification($x: ID!) {\n            submitRectification(id: $x, input: { note: \"已整改\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation VerifyRectification($x: ID!) {\n            verifyRectification(id: $x, input: { accept: true }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation VerifyRectification($x: ID!) {\n            verifyRectification(id: $x, input: { accept: true }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SupervisionRectifications {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SupervisionRectifications {\n            rectifications(filter: { overdue: true }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 2, sortField: \"id\") {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsUnits {\n            units(filter: { level: TOWNSHIP }, perPage: 2, sortField: \"id\") {\n              items {\n                id\n                parentId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateUnitIdNameLevel($i: CreateUnitInput!) {\n          createUnit(input: $i) {\n            id\n            name\n            level\n            depth\n            parentId\n            ancestors {\n              id\n            }\n            township {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CreateUnitIdNameLevel($i: CreateUnitInput!) {\n          createUnit(input: $i) {\n            id\n            name\n            level\n            depth\n            parentId\n            ancestors {\n              id\n            }\n            township {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UpdateUnitParentIdTownship($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              parentId\n              township {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation UpdateUnitParentIdTownship($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              parentId\n              township {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsUnitsItems($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsUnitsItems($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation UnitsUpdateUnit($id: ID!, $p: ID!) {\n            updateUnit(id: $id, input: { parentId: $p }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitAncestors($id: ID!) {\n            unit(id: $id) {\n              ancestors {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitAncestors($id: ID!) {\n            unit(id: $id) {\n              ancestors {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsUnitsItems2($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitsUnitsItems2($p: ID!) {\n            units(filter: { parentId: $p }, perPage: 1) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation UnitsUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation UnitsUpdateUnitId($id: ID!) {\n            updateUnit(id: $id, input: { parentId: $id }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UnitParentId($id: ID!) {\n              unit(id: $id) {\n                parentId\n              }\n            }\n          "): (typeof documents)["\n            query UnitParentId($id: ID!) {\n              unit(id: $id) {\n                parentId\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Unit($id: ID!) {\n            unit(id: $id) {\n              name\n              version\n            }\n          }\n        "): (typeof documents)["\n          query Unit($id: ID!) {\n            unit(id: $id) {\n              name\n              version\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UnitsUpdateUnitNameVersion($id: ID!, $n: String!, $v: Int) {\n        updateUnit(id: $id, input: { name: $n, version: $v }) {\n          name\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation UnitsUpdateUnitNameVersion($id: ID!, $n: String!, $v: Int) {\n        updateUnit(id: $id, input: { name: $n, version: $v }) {\n          name\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query UnitName($id: ID!) {\n              unit(id: $id) {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query UnitName($id: ID!) {\n              unit(id: $id) {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitChildCountChildren($id: ID!) {\n            unit(id: $id) {\n              childCount\n              children {\n                id\n                level\n                childCount\n              }\n            }\n          }\n        "): (typeof documents)["\n          query UnitChildCountChildren($id: ID!) {\n            unit(id: $id) {\n              childCount\n              children {\n                id\n                level\n                childCount\n              }\n            }\n          }\n        "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
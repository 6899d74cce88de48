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
    "\n  fragment AccountGrants on User {\n    id\n    version\n    active\n    mustChangePassword\n    roles\n    grants {\n      id\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountGrantsFragmentDoc,
    "\n  mutation DeactivateUser($id: ID!) {\n    data: deactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    data: reactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation GrantRole($userId: ID!, $input: RoleGrantInput!) {\n    data: grantRole(userId: $userId, input: $input) {\n      ...AccountGrants\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    data: revokeRole(roleAssignmentId: $id) {\n      ...AccountGrants\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    data: resetPassword(userId: $userId) {\n      temporaryPassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    data: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    data: mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    data: revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    mustChangePassword\n    roles\n    grants {\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n        level\n      }\n    }\n    person {\n      id\n      name\n    }\n  }\n": typeof types.SignedInUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SignedInUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ImportBatches($page: Int!, $perPage: Int!) {\n    data: importBatches(page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        kind\n        fileName\n        username\n        createdAt\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  query ImportBatch($id: ID!) {\n    data: importBatch(id: $id) {\n      id\n      kind\n      fileName\n      username\n      createdAt\n      report\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountabilityChainDocument,
    "\n  fragment StarApplicationState on StarApplication {\n    id\n    status\n    allowedActions\n  }\n": typeof types.StarApplicationStateFragmentDoc,
    "\n  fragment PlanMilestoneFields on PlanMilestone {\n    id\n    title\n    dueDate\n    doneOn\n  }\n": typeof types.PlanMilestoneFieldsFragmentDoc,
    "\n  query BattleMap($unitId: ID!, $year: Int!) {\n    data: battleMap(unitId: $unitId, year: $year) {\n      asOf\n      year\n      unit {\n        id\n        name\n        level\n      }\n      rows {\n        unitId\n        unitName\n        unitLevel\n        total\n        notStarted\n        inProgress\n        done\n        overdue\n        nextDeadline\n        completion\n        starLevel\n        branches\n        branchesByLevel\n        keepStars\n        targetStars\n        striveStars\n      }\n    }\n  }\n": typeof types.BattleMapDocument,
    "\n  mutation ReviewStarApplication($id: ID!, $input: ReviewStarApplicationInput!) {\n    data: reviewStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n": typeof types.ReviewStarApplicationDocument,
    "\n  mutation ResubmitStarApplication($id: ID!, $input: ResubmitStarApplicationInput!) {\n    data: resubmitStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n": typeof types.ResubmitStarApplicationDocument,
    "\n  mutation AddPlanMilestone($itemId: ID!, $input: MilestoneInput!) {\n    data: addPlanMilestone(itemId: $itemId, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n": typeof types.AddPlanMilestoneDocument,
    "\n  mutation UpdatePlanMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    data: updatePlanMilestone(id: $id, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n": typeof types.UpdatePlanMilestoneDocument,
    "\n  mutation FileObjection($applicationId: ID!, $reason: String!) {\n    data: fileObjection(applicationId: $applicationId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.FileObjectionDocument,
    "\n  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $comment: String) {\n    data: resolveObjection(id: $id, upheld: $upheld, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveObjectionDocument,
    "\n  mutation FinalizeStarAward($id: ID!) {\n    data: finalizeStarAward(id: $id) {\n      ...StarApplicationState\n    }\n  }\n": typeof types.FinalizeStarAwardDocument,
    "\n  mutation RevokeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: revokeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n": typeof types.RevokeStarDocument,
    "\n  mutation DowngradeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: downgradeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n": typeof types.DowngradeStarDocument,
    "\n  mutation PairBranches($input: PairBranchesInput!) {\n    data: pairBranches(input: $input) {\n      id\n    }\n  }\n": typeof types.PairBranchesDocument,
    "\n  mutation EndPairing($id: ID!) {\n    data: endPairing(id: $id) {\n      id\n      endDate\n    }\n  }\n": typeof types.EndPairingDocument,
    "\n  query BranchStars($id: ID!, $year: Int!) {\n    data: branch(id: $id) {\n      id\n      name\n      starLevel\n      stars(year: $year) {\n        starCode\n        status\n        since\n        applicationId\n        applicationStatus\n      }\n      starHistory {\n        starCode\n        kind\n        date\n        reason\n        by\n      }\n      pairings {\n        id\n        startDate\n        endDate\n        note\n        strongBranch {\n          id\n          name\n        }\n        weakBranch {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BranchStarsDocument,
    "\n  query BranchProfile($id: ID!, $year: Int) {\n    data: branchProfile(id: $id, year: $year) {\n      year\n      tasks {\n        id\n        code\n        title\n        starType {\n          nameZh\n          nameEn\n        }\n      }\n      baseline {\n        label\n        value\n      }\n      measures {\n        id\n        title\n        deadline\n        status\n        progress\n        overdue\n      }\n      mechanisms {\n        title\n        detail\n      }\n      ratingMethod\n    }\n  }\n": typeof types.BranchProfileDocument,
    "\n  fragment StatsFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      starName\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    findingsThisQuarter {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n      late\n      awaitingVerification\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n": typeof types.StatsFiguresFragmentDoc,
    "\n  query CampaignStats($unitId: ID!, $year: Int!) {\n    data: campaignStats(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...StatsFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...StatsFigures\n        }\n      }\n    }\n  }\n": typeof types.CampaignStatsDocument,
    "\n  query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {\n    data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) {\n      periodStart\n      periodEnd\n      value\n    }\n  }\n": typeof types.TrendDocument,
    "\n  mutation StartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartSpotCheckDocument,
    "\n  mutation RecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation CompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteSpotCheckDocument,
    "\n  mutation AssignRectification($findingId: ID!, $input: AssignRectificationInput!) {\n    data: assignRectification(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n": typeof types.AssignRectificationDocument,
    "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    data: updateFinding(id: $id, input: $input) {\n      id\n      description\n      severity\n      version\n    }\n  }\n": typeof types.UpdateFindingDocument,
    "\n  mutation WithdrawFinding($id: ID!, $reason: String!) {\n    data: withdrawFinding(id: $id, reason: $reason) {\n      id\n      withdrawn\n    }\n  }\n": typeof types.WithdrawFindingDocument,
    "\n  mutation SubmitRectification($id: ID!, $input: SubmitRectificationInput!) {\n    data: submitRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitRectificationDocument,
    "\n  mutation VerifyRectification($id: ID!, $input: VerifyRectificationInput!) {\n    data: verifyRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyRectificationDocument,
    "\n  query Supervisors($unitId: ID!) {\n    data: supervisors(unitId: $unitId) {\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.SupervisorsDocument,
    "\n  query MissingDailyReports($unitId: ID!, $date: String!) {\n    data: missingDailyReports(unitId: $unitId, date: $date) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.MissingDailyReportsDocument,
    "\n  query SupervisionStats($withinId: ID) {\n    data: supervisionStats(withinId: $withinId) {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n": typeof types.SupervisionStatsDocument,
    "\n  query QuarterlyRanking($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: quarterlyRanking(unitId: $unitId, year: $year, quarter: $quarter) {\n      year\n      quarter\n      published\n      publishedAt\n      weights {\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n      }\n      missingComponents\n      rows {\n        unitId\n        unitName\n        rank\n        score\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n        coverage\n      }\n    }\n  }\n": typeof types.QuarterlyRankingDocument,
    "\n  mutation SetAppraisalWeights($districtId: ID!, $input: AppraisalWeightsInput!) {\n    data: setAppraisalWeights(districtId: $districtId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetAppraisalWeightsDocument,
    "\n  mutation SetAppraisalRule($districtId: ID!, $missingComponents: MissingComponentRule!) {\n    data: setAppraisalRule(districtId: $districtId, missingComponents: $missingComponents) {\n      id\n      missingComponents\n    }\n  }\n": typeof types.SetAppraisalRuleDocument,
    "\n  mutation PublishQuarterlyAppraisal($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: publishQuarterlyAppraisal(unitId: $unitId, year: $year, quarter: $quarter) {\n      published\n    }\n  }\n": typeof types.PublishQuarterlyAppraisalDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    data: revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query VerifyAuditChain {\n    data: verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n": typeof types.ConsoleUploadLimitsDocument,
};
const documents: Documents = {
    "\n  fragment AccountGrants on User {\n    id\n    version\n    active\n    mustChangePassword\n    roles\n    grants {\n      id\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.AccountGrantsFragmentDoc,
    "\n  mutation DeactivateUser($id: ID!) {\n    data: deactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    data: reactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation GrantRole($userId: ID!, $input: RoleGrantInput!) {\n    data: grantRole(userId: $userId, input: $input) {\n      ...AccountGrants\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    data: revokeRole(roleAssignmentId: $id) {\n      ...AccountGrants\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    data: resetPassword(userId: $userId) {\n      temporaryPassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    data: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    data: mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    data: revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    mustChangePassword\n    roles\n    grants {\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n        level\n      }\n    }\n    person {\n      id\n      name\n    }\n  }\n": types.SignedInUserFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SignedInUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n": types.MeDocument,
    "\n  query ImportBatches($page: Int!, $perPage: Int!) {\n    data: importBatches(page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        kind\n        fileName\n        username\n        createdAt\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  query ImportBatch($id: ID!) {\n    data: importBatch(id: $id) {\n      id\n      kind\n      fileName\n      username\n      createdAt\n      report\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccountabilityChainDocument,
    "\n  fragment StarApplicationState on StarApplication {\n    id\n    status\n    allowedActions\n  }\n": types.StarApplicationStateFragmentDoc,
    "\n  fragment PlanMilestoneFields on PlanMilestone {\n    id\n    title\n    dueDate\n    doneOn\n  }\n": types.PlanMilestoneFieldsFragmentDoc,
    "\n  query BattleMap($unitId: ID!, $year: Int!) {\n    data: battleMap(unitId: $unitId, year: $year) {\n      asOf\n      year\n      unit {\n        id\n        name\n        level\n      }\n      rows {\n        unitId\n        unitName\n        unitLevel\n        total\n        notStarted\n        inProgress\n        done\n        overdue\n        nextDeadline\n        completion\n        starLevel\n        branches\n        branchesByLevel\n        keepStars\n        targetStars\n        striveStars\n      }\n    }\n  }\n": types.BattleMapDocument,
    "\n  mutation ReviewStarApplication($id: ID!, $input: ReviewStarApplicationInput!) {\n    data: reviewStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n": types.ReviewStarApplicationDocument,
    "\n  mutation ResubmitStarApplication($id: ID!, $input: ResubmitStarApplicationInput!) {\n    data: resubmitStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n": types.ResubmitStarApplicationDocument,
    "\n  mutation AddPlanMilestone($itemId: ID!, $input: MilestoneInput!) {\n    data: addPlanMilestone(itemId: $itemId, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n": types.AddPlanMilestoneDocument,
    "\n  mutation UpdatePlanMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    data: updatePlanMilestone(id: $id, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n": types.UpdatePlanMilestoneDocument,
    "\n  mutation FileObjection($applicationId: ID!, $reason: String!) {\n    data: fileObjection(applicationId: $applicationId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.FileObjectionDocument,
    "\n  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $comment: String) {\n    data: resolveObjection(id: $id, upheld: $upheld, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ResolveObjectionDocument,
    "\n  mutation FinalizeStarAward($id: ID!) {\n    data: finalizeStarAward(id: $id) {\n      ...StarApplicationState\n    }\n  }\n": types.FinalizeStarAwardDocument,
    "\n  mutation RevokeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: revokeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n": types.RevokeStarDocument,
    "\n  mutation DowngradeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: downgradeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n": types.DowngradeStarDocument,
    "\n  mutation PairBranches($input: PairBranchesInput!) {\n    data: pairBranches(input: $input) {\n      id\n    }\n  }\n": types.PairBranchesDocument,
    "\n  mutation EndPairing($id: ID!) {\n    data: endPairing(id: $id) {\n      id\n      endDate\n    }\n  }\n": types.EndPairingDocument,
    "\n  query BranchStars($id: ID!, $year: Int!) {\n    data: branch(id: $id) {\n      id\n      name\n      starLevel\n      stars(year: $year) {\n        starCode\n        status\n        since\n        applicationId\n        applicationStatus\n      }\n      starHistory {\n        starCode\n        kind\n        date\n        reason\n        by\n      }\n      pairings {\n        id\n        startDate\n        endDate\n        note\n        strongBranch {\n          id\n          name\n        }\n        weakBranch {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BranchStarsDocument,
    "\n  query BranchProfile($id: ID!, $year: Int) {\n    data: branchProfile(id: $id, year: $year) {\n      year\n      tasks {\n        id\n        code\n        title\n        starType {\n          nameZh\n          nameEn\n        }\n      }\n      baseline {\n        label\n        value\n      }\n      measures {\n        id\n        title\n        deadline\n        status\n        progress\n        overdue\n      }\n      mechanisms {\n        title\n        detail\n      }\n      ratingMethod\n    }\n  }\n": types.BranchProfileDocument,
    "\n  fragment StatsFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      starName\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    findingsThisQuarter {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n      late\n      awaitingVerification\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n": types.StatsFiguresFragmentDoc,
    "\n  query CampaignStats($unitId: ID!, $year: Int!) {\n    data: campaignStats(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...StatsFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...StatsFigures\n        }\n      }\n    }\n  }\n": types.CampaignStatsDocument,
    "\n  query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {\n    data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) {\n      periodStart\n      periodEnd\n      value\n    }\n  }\n": types.TrendDocument,
    "\n  mutation StartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.StartSpotCheckDocument,
    "\n  mutation RecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n": types.RecordFindingDocument,
    "\n  mutation CompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CompleteSpotCheckDocument,
    "\n  mutation AssignRectification($findingId: ID!, $input: AssignRectificationInput!) {\n    data: assignRectification(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n": types.AssignRectificationDocument,
    "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    data: updateFinding(id: $id, input: $input) {\n      id\n      description\n      severity\n      version\n    }\n  }\n": types.UpdateFindingDocument,
    "\n  mutation WithdrawFinding($id: ID!, $reason: String!) {\n    data: withdrawFinding(id: $id, reason: $reason) {\n      id\n      withdrawn\n    }\n  }\n": types.WithdrawFindingDocument,
    "\n  mutation SubmitRectification($id: ID!, $input: SubmitRectificationInput!) {\n    data: submitRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitRectificationDocument,
    "\n  mutation VerifyRectification($id: ID!, $input: VerifyRectificationInput!) {\n    data: verifyRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.VerifyRectificationDocument,
    "\n  query Supervisors($unitId: ID!) {\n    data: supervisors(unitId: $unitId) {\n      id\n      username\n      displayName\n    }\n  }\n": types.SupervisorsDocument,
    "\n  query MissingDailyReports($unitId: ID!, $date: String!) {\n    data: missingDailyReports(unitId: $unitId, date: $date) {\n      id\n      name\n      level\n    }\n  }\n": types.MissingDailyReportsDocument,
    "\n  query SupervisionStats($withinId: ID) {\n    data: supervisionStats(withinId: $withinId) {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n": types.SupervisionStatsDocument,
    "\n  query QuarterlyRanking($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: quarterlyRanking(unitId: $unitId, year: $year, quarter: $quarter) {\n      year\n      quarter\n      published\n      publishedAt\n      weights {\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n      }\n      missingComponents\n      rows {\n        unitId\n        unitName\n        rank\n        score\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n        coverage\n      }\n    }\n  }\n": types.QuarterlyRankingDocument,
    "\n  mutation SetAppraisalWeights($districtId: ID!, $input: AppraisalWeightsInput!) {\n    data: setAppraisalWeights(districtId: $districtId, input: $input) {\n      id\n    }\n  }\n": types.SetAppraisalWeightsDocument,
    "\n  mutation SetAppraisalRule($districtId: ID!, $missingComponents: MissingComponentRule!) {\n    data: setAppraisalRule(districtId: $districtId, missingComponents: $missingComponents) {\n      id\n      missingComponents\n    }\n  }\n": types.SetAppraisalRuleDocument,
    "\n  mutation PublishQuarterlyAppraisal($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: publishQuarterlyAppraisal(unitId: $unitId, year: $year, quarter: $quarter) {\n      published\n    }\n  }\n": types.PublishQuarterlyAppraisalDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    data: revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query VerifyAuditChain {\n    data: verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n": types.ConsoleUploadLimitsDocument,
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
export function graphql(source: "\n  fragment AccountGrants on User {\n    id\n    version\n    active\n    mustChangePassword\n    roles\n    grants {\n      id\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountGrants on User {\n    id\n    version\n    active\n    mustChangePassword\n    roles\n    grants {\n      id\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    data: deactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    data: deactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    data: reactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    data: reactivateUser(id: $id) {\n      ...AccountGrants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $input: RoleGrantInput!) {\n    data: grantRole(userId: $userId, input: $input) {\n      ...AccountGrants\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($userId: ID!, $input: RoleGrantInput!) {\n    data: grantRole(userId: $userId, input: $input) {\n      ...AccountGrants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    data: revokeRole(roleAssignmentId: $id) {\n      ...AccountGrants\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($id: ID!) {\n    data: revokeRole(roleAssignmentId: $id) {\n      ...AccountGrants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    data: resetPassword(userId: $userId) {\n      temporaryPassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userId: ID!) {\n    data: resetPassword(userId: $userId) {\n      temporaryPassword\n      user {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    data: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    data: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    data: mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    data: mySessions {\n      id\n      userAgent\n      address\n      createdAt\n      lastUsedAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    data: revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    data: revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    mustChangePassword\n    roles\n    grants {\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n        level\n      }\n    }\n    person {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SignedInUser on User {\n    id\n    username\n    displayName\n    mustChangePassword\n    roles\n    grants {\n      role\n      unitId\n      starCode\n      unit {\n        id\n        name\n        level\n      }\n    }\n    person {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SignedInUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...SignedInUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SignedInUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches($page: Int!, $perPage: Int!) {\n    data: importBatches(page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        kind\n        fileName\n        username\n        createdAt\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportBatches($page: Int!, $perPage: Int!) {\n    data: importBatches(page: $page, perPage: $perPage) {\n      total\n      items {\n        id\n        kind\n        fileName\n        username\n        createdAt\n        created\n        updated\n        unchanged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($id: ID!) {\n    data: importBatch(id: $id) {\n      id\n      kind\n      fileName\n      username\n      createdAt\n      report\n    }\n  }\n"): (typeof documents)["\n  query ImportBatch($id: ID!) {\n    data: importBatch(id: $id) {\n      id\n      kind\n      fileName\n      username\n      createdAt\n      report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StarApplicationState on StarApplication {\n    id\n    status\n    allowedActions\n  }\n"): (typeof documents)["\n  fragment StarApplicationState on StarApplication {\n    id\n    status\n    allowedActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanMilestoneFields on PlanMilestone {\n    id\n    title\n    dueDate\n    doneOn\n  }\n"): (typeof documents)["\n  fragment PlanMilestoneFields on PlanMilestone {\n    id\n    title\n    dueDate\n    doneOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BattleMap($unitId: ID!, $year: Int!) {\n    data: battleMap(unitId: $unitId, year: $year) {\n      asOf\n      year\n      unit {\n        id\n        name\n        level\n      }\n      rows {\n        unitId\n        unitName\n        unitLevel\n        total\n        notStarted\n        inProgress\n        done\n        overdue\n        nextDeadline\n        completion\n        starLevel\n        branches\n        branchesByLevel\n        keepStars\n        targetStars\n        striveStars\n      }\n    }\n  }\n"): (typeof documents)["\n  query BattleMap($unitId: ID!, $year: Int!) {\n    data: battleMap(unitId: $unitId, year: $year) {\n      asOf\n      year\n      unit {\n        id\n        name\n        level\n      }\n      rows {\n        unitId\n        unitName\n        unitLevel\n        total\n        notStarted\n        inProgress\n        done\n        overdue\n        nextDeadline\n        completion\n        starLevel\n        branches\n        branchesByLevel\n        keepStars\n        targetStars\n        striveStars\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewStarApplication($id: ID!, $input: ReviewStarApplicationInput!) {\n    data: reviewStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewStarApplication($id: ID!, $input: ReviewStarApplicationInput!) {\n    data: reviewStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitStarApplication($id: ID!, $input: ResubmitStarApplicationInput!) {\n    data: resubmitStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitStarApplication($id: ID!, $input: ResubmitStarApplicationInput!) {\n    data: resubmitStarApplication(id: $id, input: $input) {\n      ...StarApplicationState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanMilestone($itemId: ID!, $input: MilestoneInput!) {\n    data: addPlanMilestone(itemId: $itemId, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanMilestone($itemId: ID!, $input: MilestoneInput!) {\n    data: addPlanMilestone(itemId: $itemId, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    data: updatePlanMilestone(id: $id, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanMilestone($id: ID!, $input: UpdateMilestoneInput!) {\n    data: updatePlanMilestone(id: $id, input: $input) {\n      ...PlanMilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileObjection($applicationId: ID!, $reason: String!) {\n    data: fileObjection(applicationId: $applicationId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FileObjection($applicationId: ID!, $reason: String!) {\n    data: fileObjection(applicationId: $applicationId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $comment: String) {\n    data: resolveObjection(id: $id, upheld: $upheld, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $comment: String) {\n    data: resolveObjection(id: $id, upheld: $upheld, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeStarAward($id: ID!) {\n    data: finalizeStarAward(id: $id) {\n      ...StarApplicationState\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeStarAward($id: ID!) {\n    data: finalizeStarAward(id: $id) {\n      ...StarApplicationState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: revokeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: revokeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DowngradeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: downgradeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation DowngradeStar($branchId: ID!, $starCode: String!, $reason: String!) {\n    data: downgradeStar(branchId: $branchId, starCode: $starCode, reason: $reason) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairBranches($input: PairBranchesInput!) {\n    data: pairBranches(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PairBranches($input: PairBranchesInput!) {\n    data: pairBranches(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPairing($id: ID!) {\n    data: endPairing(id: $id) {\n      id\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation EndPairing($id: ID!) {\n    data: endPairing(id: $id) {\n      id\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchStars($id: ID!, $year: Int!) {\n    data: branch(id: $id) {\n      id\n      name\n      starLevel\n      stars(year: $year) {\n        starCode\n        status\n        since\n        applicationId\n        applicationStatus\n      }\n      starHistory {\n        starCode\n        kind\n        date\n        reason\n        by\n      }\n      pairings {\n        id\n        startDate\n        endDate\n        note\n        strongBranch {\n          id\n          name\n        }\n        weakBranch {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchStars($id: ID!, $year: Int!) {\n    data: branch(id: $id) {\n      id\n      name\n      starLevel\n      stars(year: $year) {\n        starCode\n        status\n        since\n        applicationId\n        applicationStatus\n      }\n      starHistory {\n        starCode\n        kind\n        date\n        reason\n        by\n      }\n      pairings {\n        id\n        startDate\n        endDate\n        note\n        strongBranch {\n          id\n          name\n        }\n        weakBranch {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchProfile($id: ID!, $year: Int) {\n    data: branchProfile(id: $id, year: $year) {\n      year\n      tasks {\n        id\n        code\n        title\n        starType {\n          nameZh\n          nameEn\n        }\n      }\n      baseline {\n        label\n        value\n      }\n      measures {\n        id\n        title\n        deadline\n        status\n        progress\n        overdue\n      }\n      mechanisms {\n        title\n        detail\n      }\n      ratingMethod\n    }\n  }\n"): (typeof documents)["\n  query BranchProfile($id: ID!, $year: Int) {\n    data: branchProfile(id: $id, year: $year) {\n      year\n      tasks {\n        id\n        code\n        title\n        starType {\n          nameZh\n          nameEn\n        }\n      }\n      baseline {\n        label\n        value\n      }\n      measures {\n        id\n        title\n        deadline\n        status\n        progress\n        overdue\n      }\n      mechanisms {\n        title\n        detail\n      }\n      ratingMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      starName\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    findingsThisQuarter {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n      late\n      awaitingVerification\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n"): (typeof documents)["\n  fragment StatsFigures on StatsFigures {\n    branches\n    levelDistribution {\n      level\n      branches\n    }\n    starHolders {\n      starCode\n      starName\n      branches\n    }\n    threeStarShare\n    fourStar\n    fourStarLastYear\n    fourStarRatio\n    fiveStar\n    newFiveStar\n    keyTasks {\n      total\n      done\n      completionRate\n      overdue\n    }\n    spotChecksThisQuarter\n    findings {\n      minor\n      major\n      critical\n      total\n    }\n    findingsThisQuarter {\n      minor\n      major\n      critical\n      total\n    }\n    rectifications {\n      total\n      closed\n      closureRate\n      overdue\n      late\n      awaitingVerification\n    }\n    dailyReports {\n      submitted\n      expected\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStats($unitId: ID!, $year: Int!) {\n    data: campaignStats(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...StatsFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...StatsFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStats($unitId: ID!, $year: Int!) {\n    data: campaignStats(unitId: $unitId, year: $year) {\n      unitId\n      unitName\n      year\n      asOf\n      figures {\n        ...StatsFigures\n      }\n      byChild {\n        unitId\n        unitName\n        unitLevel\n        figures {\n          ...StatsFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {\n    data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) {\n      periodStart\n      periodEnd\n      value\n    }\n  }\n"): (typeof documents)["\n  query Trend($unitId: ID!, $metric: StatsMetric!, $from: String!, $to: String!, $interval: TrendInterval) {\n    data: trend(unitId: $unitId, metric: $metric, from: $from, to: $to, interval: $interval) {\n      periodStart\n      periodEnd\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRectification($findingId: ID!, $input: AssignRectificationInput!) {\n    data: assignRectification(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRectification($findingId: ID!, $input: AssignRectificationInput!) {\n    data: assignRectification(findingId: $findingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    data: updateFinding(id: $id, input: $input) {\n      id\n      description\n      severity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFinding($id: ID!, $input: UpdateFindingInput!) {\n    data: updateFinding(id: $id, input: $input) {\n      id\n      description\n      severity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFinding($id: ID!, $reason: String!) {\n    data: withdrawFinding(id: $id, reason: $reason) {\n      id\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFinding($id: ID!, $reason: String!) {\n    data: withdrawFinding(id: $id, reason: $reason) {\n      id\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRectification($id: ID!, $input: SubmitRectificationInput!) {\n    data: submitRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRectification($id: ID!, $input: SubmitRectificationInput!) {\n    data: submitRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRectification($id: ID!, $input: VerifyRectificationInput!) {\n    data: verifyRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyRectification($id: ID!, $input: VerifyRectificationInput!) {\n    data: verifyRectification(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Supervisors($unitId: ID!) {\n    data: supervisors(unitId: $unitId) {\n      id\n      username\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query Supervisors($unitId: ID!) {\n    data: supervisors(unitId: $unitId) {\n      id\n      username\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingDailyReports($unitId: ID!, $date: String!) {\n    data: missingDailyReports(unitId: $unitId, date: $date) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query MissingDailyReports($unitId: ID!, $date: String!) {\n    data: missingDailyReports(unitId: $unitId, date: $date) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionStats($withinId: ID) {\n    data: supervisionStats(withinId: $withinId) {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n"): (typeof documents)["\n  query SupervisionStats($withinId: ID) {\n    data: supervisionStats(withinId: $withinId) {\n      planned\n      inProgress\n      completed\n      findings\n      openRectifications\n      overdueRectifications\n      lateRectifications\n      awaitingVerification\n      closedRectifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyRanking($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: quarterlyRanking(unitId: $unitId, year: $year, quarter: $quarter) {\n      year\n      quarter\n      published\n      publishedAt\n      weights {\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n      }\n      missingComponents\n      rows {\n        unitId\n        unitName\n        rank\n        score\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n        coverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterlyRanking($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: quarterlyRanking(unitId: $unitId, year: $year, quarter: $quarter) {\n      year\n      quarter\n      published\n      publishedAt\n      weights {\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n      }\n      missingComponents\n      rows {\n        unitId\n        unitName\n        rank\n        score\n        planCompletion\n        spotCheck\n        rectificationClosure\n        rectificationTimeliness\n        tour\n        coverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppraisalWeights($districtId: ID!, $input: AppraisalWeightsInput!) {\n    data: setAppraisalWeights(districtId: $districtId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetAppraisalWeights($districtId: ID!, $input: AppraisalWeightsInput!) {\n    data: setAppraisalWeights(districtId: $districtId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppraisalRule($districtId: ID!, $missingComponents: MissingComponentRule!) {\n    data: setAppraisalRule(districtId: $districtId, missingComponents: $missingComponents) {\n      id\n      missingComponents\n    }\n  }\n"): (typeof documents)["\n  mutation SetAppraisalRule($districtId: ID!, $missingComponents: MissingComponentRule!) {\n    data: setAppraisalRule(districtId: $districtId, missingComponents: $missingComponents) {\n      id\n      missingComponents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuarterlyAppraisal($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: publishQuarterlyAppraisal(unitId: $unitId, year: $year, quarter: $quarter) {\n      published\n    }\n  }\n"): (typeof documents)["\n  mutation PublishQuarterlyAppraisal($unitId: ID!, $year: Int!, $quarter: Int!) {\n    data: publishQuarterlyAppraisal(unitId: $unitId, year: $year, quarter: $quarter) {\n      published\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    data: revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    data: revokeApiToken(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    data: verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    data: verifyAuditChain {\n      valid\n      checked\n      firstInvalidId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  query MyTasks($dueWithinDays: Int, $first: Int) {\n    data: myTasks(dueWithinDays: $dueWithinDays, first: $first) {\n      today\n      horizon\n      total\n      kinds {\n        kind\n        label\n        labelEn\n        count\n      }\n      items {\n        kind\n        recordType\n        recordId\n        unitId\n        title\n        due\n        link\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyNotifications($perPage: Int, $unreadOnly: Boolean) {\n    data: notifications(perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        createdAt\n        kind\n        step\n        recordType\n        recordId\n        title\n        reasonZh\n        reasonEn\n        link\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    data: unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    data: markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query StarWarnings($unitId: ID!, $starCode: String, $atRiskOnly: Boolean, $page: Int, $perPage: Int) {\n    data: starWarnings(unitId: $unitId, starCode: $starCode, atRiskOnly: $atRiskOnly, page: $page, perPage: $perPage) {\n      total\n      atRisk\n      items {\n        starCode\n        score\n        atRisk\n        threshold\n        branch {\n          id\n          name\n        }\n        star {\n          code\n          nameZh\n          nameEn\n        }\n        reasons {\n          code\n          count\n          points\n        }\n      }\n    }\n  }\n": typeof types.StarWarningsDocument,
    "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountabilityChainDocument,
    "\n  query PostPreview($format: PostFormat!, $body: String!) {\n    data: postPreview(format: $format, body: $body)\n  }\n": typeof types.PostPreviewDocument,
    "\n  mutation SubmitPost($id: ID!) {\n    data: submitPost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitPostDocument,
    "\n  mutation ReviewPost($id: ID!, $input: ReviewPostInput!) {\n    data: reviewPost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewPostDocument,
    "\n  mutation WithdrawPost($id: ID!, $comment: String!) {\n    data: withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawPostDocument,
    "\n  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {\n    data: addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeetingItemDocument,
    "\n  mutation CloseMeetingItem($id: ID!, $input: CloseMeetingItemInput!) {\n    data: closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CloseMeetingItemDocument,
    "\n  mutation ReopenMeetingItem($id: ID!, $note: String!) {\n    data: reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ReopenMeetingItemDocument,
    "\n  mutation MeetingItemToPlanItem($id: ID!) {\n    data: meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n": typeof types.MeetingItemToPlanItemDocument,
    "\n  query PostMeetingPhotos($filter: MeetingFilterInput) {\n    data: meetings(filter: $filter, perPage: 20, sortField: \"date\", sortOrder: DESC) {\n      items {\n        id\n        date\n        theme\n        photos {\n          id\n          name\n          mimeType\n        }\n      }\n    }\n  }\n": typeof types.PostMeetingPhotosDocument,
    "\n  mutation AcceptResidentRequest($id: ID!) {\n    data: acceptResidentRequest(id: $id) {\n      id\n      stage\n    }\n  }\n": typeof types.AcceptResidentRequestDocument,
    "\n  mutation MergeResidentRequest($id: ID!, $intoId: ID!, $note: String) {\n    data: mergeResidentRequest(id: $id, intoId: $intoId, note: $note) {\n      id\n      stage\n    }\n  }\n": typeof types.MergeResidentRequestDocument,
    "\n  mutation ReferResidentRequest($id: ID!, $unitId: ID!, $reason: String!) {\n    data: referResidentRequest(id: $id, unitId: $unitId, reason: $reason) {\n      id\n      stage\n    }\n  }\n": typeof types.ReferResidentRequestDocument,
    "\n  mutation HandleResidentRequest($id: ID!, $responsibleUnit: String!, $responsiblePerson: String!) {\n    data: handleResidentRequest(id: $id, responsibleUnit: $responsibleUnit, responsiblePerson: $responsiblePerson) {\n      id\n      stage\n    }\n  }\n": typeof types.HandleResidentRequestDocument,
    "\n  mutation FeedbackResidentRequest($id: ID!, $feedback: String!) {\n    data: feedbackResidentRequest(id: $id, feedback: $feedback) {\n      id\n      stage\n    }\n  }\n": typeof types.FeedbackResidentRequestDocument,
    "\n  mutation RecordResidentEvaluation($id: ID!, $evaluation: ResidentEvaluation!, $comment: String) {\n    data: recordResidentEvaluation(id: $id, evaluation: $evaluation, comment: $comment) {\n      id\n      stage\n    }\n  }\n": typeof types.RecordResidentEvaluationDocument,
    "\n  mutation CreateResidentMeetingFor($input: CreateResidentMeetingInput!) {\n    data: createResidentMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateResidentMeetingForDocument,
    "\n  query ResidentRatesPage($unitId: ID!, $year: Int!) {\n    data: residentRates(unitId: $unitId, year: $year) {\n      unit {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          respondedOnTime\n          resolved\n          evaluated\n          satisfied\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byChild {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byMonth {\n        month\n        figures {\n          total\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n    }\n  }\n": typeof types.ResidentRatesPageDocument,
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
    "\n  query MyTests {\n    data: myTests {\n      attemptsUsed\n      openAttemptId\n      score\n      passed\n      session {\n        id\n        title\n        opensAt\n        closesAt\n        timeLimitMinutes\n        passMark\n        attemptsAllowed\n      }\n    }\n  }\n": typeof types.MyTestsDocument,
    "\n  mutation StartAttempt($s: ID!) {\n    data: startAttempt(sessionId: $s) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  mutation SaveAnswer($a: ID!, $p: Int!, $x: [String!]!) {\n    data: saveAnswer(attemptId: $a, position: $p, answer: $x) {\n      position\n      answer\n      savedAt\n    }\n  }\n": typeof types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($a: ID!) {\n    data: submitAttempt(attemptId: $a) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n": typeof types.SubmitAttemptDocument,
    "\n  query TestResults($s: ID!, $u: ID) {\n    data: testResults(sessionId: $s, unitId: $u) {\n      id\n      expected\n      took\n      participationRate\n      passed\n      passRate\n      average\n      distribution\n      unit {\n        id\n        name\n      }\n      byChild {\n        unitId\n        unitName\n        expected\n        took\n        participationRate\n        passed\n        passRate\n        average\n      }\n      takers {\n        personId\n        name\n        score\n        passed\n      }\n      items {\n        questionId\n        stem\n        answered\n        facility\n        discrimination\n      }\n    }\n  }\n": typeof types.TestResultsDocument,
    "\n  mutation SignInTraining($s: ID!, $c: String!) {\n    data: signInTraining(sessionId: $s, code: $c) {\n      id\n      method\n    }\n  }\n": typeof types.SignInTrainingDocument,
    "\n  query ConsoleWebhooks {\n    data: webhooks(perPage: 100) {\n      total\n      items {\n        id\n        url\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        consecutiveFailures\n        previousSecretUntil\n        version\n        createdAt\n        scopeUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWebhooksDocument,
    "\n  mutation ConsoleCreateWebhook($input: CreateWebhookInput!) {\n    data: createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    data: updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": typeof types.ConsoleUpdateWebhookDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    data: rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleRotateWebhookSecretDocument,
    "\n  query ConsoleWebhookDeliveries($webhookId: ID!, $page: Int!) {\n    data: webhookDeliveries(webhookId: $webhookId, page: $page, perPage: 25, sortOrder: DESC) {\n      total\n      items {\n        id\n        eventId\n        eventType\n        messageId\n        status\n        attempts\n        createdAt\n        nextAttemptAt\n        lastStatusCode\n        deliveredAt\n        attemptLog {\n          id\n          at\n          ok\n          statusCode\n          latencyMs\n          error\n          answer\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleRedeliver($deliveryId: ID!) {\n    data: redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRedeliverDocument,
    "\n  query ConsoleEvents($after: String, $types: [String!]) {\n    data: events(first: 50, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          resourceType\n          resourceId\n          unitPath\n          payload\n          committedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConsoleEventsDocument,
    "\n  query ConsoleWebhookUnits($level: UnitLevel!) {\n    data: units(perPage: 100, filter: { level: $level }) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleWebhookUnitsDocument,
    "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n": typeof types.ConsoleUploadLimitsDocument,
    "\n  query OfflineOpenSpotChecks($status: SpotCheckStatus!) {\n    data: spotChecks(filter: { status: $status }, perPage: 100) {\n      items {\n        id\n        version\n        status\n        plannedFor\n        note\n        location\n        targetUnitId\n        targetUnit {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        keyTaskIds\n        findingCount\n        allowedActions\n      }\n    }\n  }\n": typeof types.OfflineOpenSpotChecksDocument,
    "\n  query OfflineKeyTasks($ids: [ID!]!) {\n    data: keyTasks(filter: { ids: $ids }, perPage: 100) {\n      items {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.OfflineKeyTasksDocument,
    "\n  query OfflineBranchProfile($id: ID!) {\n    data: branchProfile(id: $id) {\n      year\n      baseline {\n        label\n        value\n      }\n      tasks {\n        code\n        title\n      }\n      mechanisms {\n        title\n        detail\n      }\n    }\n  }\n": typeof types.OfflineBranchProfileDocument,
    "\n  query OfflineSpotCheckVersion($id: ID!) {\n    data: spotCheck(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.OfflineSpotCheckVersionDocument,
    "\n  mutation OfflineStartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.OfflineStartSpotCheckDocument,
    "\n  mutation OfflineRecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n": typeof types.OfflineRecordFindingDocument,
    "\n  mutation OfflineCompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.OfflineCompleteSpotCheckDocument,
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
    "\n  query MyTasks($dueWithinDays: Int, $first: Int) {\n    data: myTasks(dueWithinDays: $dueWithinDays, first: $first) {\n      today\n      horizon\n      total\n      kinds {\n        kind\n        label\n        labelEn\n        count\n      }\n      items {\n        kind\n        recordType\n        recordId\n        unitId\n        title\n        due\n        link\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyNotifications($perPage: Int, $unreadOnly: Boolean) {\n    data: notifications(perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        createdAt\n        kind\n        step\n        recordType\n        recordId\n        title\n        reasonZh\n        reasonEn\n        link\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadNotificationCount {\n    data: unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    data: markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query StarWarnings($unitId: ID!, $starCode: String, $atRiskOnly: Boolean, $page: Int, $perPage: Int) {\n    data: starWarnings(unitId: $unitId, starCode: $starCode, atRiskOnly: $atRiskOnly, page: $page, perPage: $perPage) {\n      total\n      atRisk\n      items {\n        starCode\n        score\n        atRisk\n        threshold\n        branch {\n          id\n          name\n        }\n        star {\n          code\n          nameZh\n          nameEn\n        }\n        reasons {\n          code\n          count\n          points\n        }\n      }\n    }\n  }\n": types.StarWarningsDocument,
    "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AccountabilityChainDocument,
    "\n  query PostPreview($format: PostFormat!, $body: String!) {\n    data: postPreview(format: $format, body: $body)\n  }\n": types.PostPreviewDocument,
    "\n  mutation SubmitPost($id: ID!) {\n    data: submitPost(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitPostDocument,
    "\n  mutation ReviewPost($id: ID!, $input: ReviewPostInput!) {\n    data: reviewPost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ReviewPostDocument,
    "\n  mutation WithdrawPost($id: ID!, $comment: String!) {\n    data: withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.WithdrawPostDocument,
    "\n  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {\n    data: addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.AddMeetingItemDocument,
    "\n  mutation CloseMeetingItem($id: ID!, $input: CloseMeetingItemInput!) {\n    data: closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.CloseMeetingItemDocument,
    "\n  mutation ReopenMeetingItem($id: ID!, $note: String!) {\n    data: reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.ReopenMeetingItemDocument,
    "\n  mutation MeetingItemToPlanItem($id: ID!) {\n    data: meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n": types.MeetingItemToPlanItemDocument,
    "\n  query PostMeetingPhotos($filter: MeetingFilterInput) {\n    data: meetings(filter: $filter, perPage: 20, sortField: \"date\", sortOrder: DESC) {\n      items {\n        id\n        date\n        theme\n        photos {\n          id\n          name\n          mimeType\n        }\n      }\n    }\n  }\n": types.PostMeetingPhotosDocument,
    "\n  mutation AcceptResidentRequest($id: ID!) {\n    data: acceptResidentRequest(id: $id) {\n      id\n      stage\n    }\n  }\n": types.AcceptResidentRequestDocument,
    "\n  mutation MergeResidentRequest($id: ID!, $intoId: ID!, $note: String) {\n    data: mergeResidentRequest(id: $id, intoId: $intoId, note: $note) {\n      id\n      stage\n    }\n  }\n": types.MergeResidentRequestDocument,
    "\n  mutation ReferResidentRequest($id: ID!, $unitId: ID!, $reason: String!) {\n    data: referResidentRequest(id: $id, unitId: $unitId, reason: $reason) {\n      id\n      stage\n    }\n  }\n": types.ReferResidentRequestDocument,
    "\n  mutation HandleResidentRequest($id: ID!, $responsibleUnit: String!, $responsiblePerson: String!) {\n    data: handleResidentRequest(id: $id, responsibleUnit: $responsibleUnit, responsiblePerson: $responsiblePerson) {\n      id\n      stage\n    }\n  }\n": types.HandleResidentRequestDocument,
    "\n  mutation FeedbackResidentRequest($id: ID!, $feedback: String!) {\n    data: feedbackResidentRequest(id: $id, feedback: $feedback) {\n      id\n      stage\n    }\n  }\n": types.FeedbackResidentRequestDocument,
    "\n  mutation RecordResidentEvaluation($id: ID!, $evaluation: ResidentEvaluation!, $comment: String) {\n    data: recordResidentEvaluation(id: $id, evaluation: $evaluation, comment: $comment) {\n      id\n      stage\n    }\n  }\n": types.RecordResidentEvaluationDocument,
    "\n  mutation CreateResidentMeetingFor($input: CreateResidentMeetingInput!) {\n    data: createResidentMeeting(input: $input) {\n      id\n    }\n  }\n": types.CreateResidentMeetingForDocument,
    "\n  query ResidentRatesPage($unitId: ID!, $year: Int!) {\n    data: residentRates(unitId: $unitId, year: $year) {\n      unit {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          respondedOnTime\n          resolved\n          evaluated\n          satisfied\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byChild {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byMonth {\n        month\n        figures {\n          total\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n    }\n  }\n": types.ResidentRatesPageDocument,
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
    "\n  query MyTests {\n    data: myTests {\n      attemptsUsed\n      openAttemptId\n      score\n      passed\n      session {\n        id\n        title\n        opensAt\n        closesAt\n        timeLimitMinutes\n        passMark\n        attemptsAllowed\n      }\n    }\n  }\n": types.MyTestsDocument,
    "\n  mutation StartAttempt($s: ID!) {\n    data: startAttempt(sessionId: $s) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n": types.StartAttemptDocument,
    "\n  mutation SaveAnswer($a: ID!, $p: Int!, $x: [String!]!) {\n    data: saveAnswer(attemptId: $a, position: $p, answer: $x) {\n      position\n      answer\n      savedAt\n    }\n  }\n": types.SaveAnswerDocument,
    "\n  mutation SubmitAttempt($a: ID!) {\n    data: submitAttempt(attemptId: $a) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n": types.SubmitAttemptDocument,
    "\n  query TestResults($s: ID!, $u: ID) {\n    data: testResults(sessionId: $s, unitId: $u) {\n      id\n      expected\n      took\n      participationRate\n      passed\n      passRate\n      average\n      distribution\n      unit {\n        id\n        name\n      }\n      byChild {\n        unitId\n        unitName\n        expected\n        took\n        participationRate\n        passed\n        passRate\n        average\n      }\n      takers {\n        personId\n        name\n        score\n        passed\n      }\n      items {\n        questionId\n        stem\n        answered\n        facility\n        discrimination\n      }\n    }\n  }\n": types.TestResultsDocument,
    "\n  mutation SignInTraining($s: ID!, $c: String!) {\n    data: signInTraining(sessionId: $s, code: $c) {\n      id\n      method\n    }\n  }\n": types.SignInTrainingDocument,
    "\n  query ConsoleWebhooks {\n    data: webhooks(perPage: 100) {\n      total\n      items {\n        id\n        url\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        consecutiveFailures\n        previousSecretUntil\n        version\n        createdAt\n        scopeUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleWebhooksDocument,
    "\n  mutation ConsoleCreateWebhook($input: CreateWebhookInput!) {\n    data: createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.ConsoleCreateWebhookDocument,
    "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    data: updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n": types.ConsoleUpdateWebhookDocument,
    "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    data: rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.ConsoleRotateWebhookSecretDocument,
    "\n  query ConsoleWebhookDeliveries($webhookId: ID!, $page: Int!) {\n    data: webhookDeliveries(webhookId: $webhookId, page: $page, perPage: 25, sortOrder: DESC) {\n      total\n      items {\n        id\n        eventId\n        eventType\n        messageId\n        status\n        attempts\n        createdAt\n        nextAttemptAt\n        lastStatusCode\n        deliveredAt\n        attemptLog {\n          id\n          at\n          ok\n          statusCode\n          latencyMs\n          error\n          answer\n        }\n      }\n    }\n  }\n": types.ConsoleWebhookDeliveriesDocument,
    "\n  mutation ConsoleRedeliver($deliveryId: ID!) {\n    data: redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.ConsoleRedeliverDocument,
    "\n  query ConsoleEvents($after: String, $types: [String!]) {\n    data: events(first: 50, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          resourceType\n          resourceId\n          unitPath\n          payload\n          committedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ConsoleEventsDocument,
    "\n  query ConsoleWebhookUnits($level: UnitLevel!) {\n    data: units(perPage: 100, filter: { level: $level }) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleWebhookUnitsDocument,
    "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n": types.ConsoleUploadLimitsDocument,
    "\n  query OfflineOpenSpotChecks($status: SpotCheckStatus!) {\n    data: spotChecks(filter: { status: $status }, perPage: 100) {\n      items {\n        id\n        version\n        status\n        plannedFor\n        note\n        location\n        targetUnitId\n        targetUnit {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        keyTaskIds\n        findingCount\n        allowedActions\n      }\n    }\n  }\n": types.OfflineOpenSpotChecksDocument,
    "\n  query OfflineKeyTasks($ids: [ID!]!) {\n    data: keyTasks(filter: { ids: $ids }, perPage: 100) {\n      items {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.OfflineKeyTasksDocument,
    "\n  query OfflineBranchProfile($id: ID!) {\n    data: branchProfile(id: $id) {\n      year\n      baseline {\n        label\n        value\n      }\n      tasks {\n        code\n        title\n      }\n      mechanisms {\n        title\n        detail\n      }\n    }\n  }\n": types.OfflineBranchProfileDocument,
    "\n  query OfflineSpotCheckVersion($id: ID!) {\n    data: spotCheck(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.OfflineSpotCheckVersionDocument,
    "\n  mutation OfflineStartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.OfflineStartSpotCheckDocument,
    "\n  mutation OfflineRecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n": types.OfflineRecordFindingDocument,
    "\n  mutation OfflineCompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.OfflineCompleteSpotCheckDocument,
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
export function graphql(source: "\n  query MyTasks($dueWithinDays: Int, $first: Int) {\n    data: myTasks(dueWithinDays: $dueWithinDays, first: $first) {\n      today\n      horizon\n      total\n      kinds {\n        kind\n        label\n        labelEn\n        count\n      }\n      items {\n        kind\n        recordType\n        recordId\n        unitId\n        title\n        due\n        link\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($dueWithinDays: Int, $first: Int) {\n    data: myTasks(dueWithinDays: $dueWithinDays, first: $first) {\n      today\n      horizon\n      total\n      kinds {\n        kind\n        label\n        labelEn\n        count\n      }\n      items {\n        kind\n        recordType\n        recordId\n        unitId\n        title\n        due\n        link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($perPage: Int, $unreadOnly: Boolean) {\n    data: notifications(perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        createdAt\n        kind\n        step\n        recordType\n        recordId\n        title\n        reasonZh\n        reasonEn\n        link\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($perPage: Int, $unreadOnly: Boolean) {\n    data: notifications(perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        id\n        createdAt\n        kind\n        step\n        recordType\n        recordId\n        title\n        reasonZh\n        reasonEn\n        link\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    data: unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    data: unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    data: markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    data: markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StarWarnings($unitId: ID!, $starCode: String, $atRiskOnly: Boolean, $page: Int, $perPage: Int) {\n    data: starWarnings(unitId: $unitId, starCode: $starCode, atRiskOnly: $atRiskOnly, page: $page, perPage: $perPage) {\n      total\n      atRisk\n      items {\n        starCode\n        score\n        atRisk\n        threshold\n        branch {\n          id\n          name\n        }\n        star {\n          code\n          nameZh\n          nameEn\n        }\n        reasons {\n          code\n          count\n          points\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StarWarnings($unitId: ID!, $starCode: String, $atRiskOnly: Boolean, $page: Int, $perPage: Int) {\n    data: starWarnings(unitId: $unitId, starCode: $starCode, atRiskOnly: $atRiskOnly, page: $page, perPage: $perPage) {\n      total\n      atRisk\n      items {\n        starCode\n        score\n        atRisk\n        threshold\n        branch {\n          id\n          name\n        }\n        star {\n          code\n          nameZh\n          nameEn\n        }\n        reasons {\n          code\n          count\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountabilityChain($branchId: ID!, $starCode: String!, $at: DateTime) {\n    data: accountabilityChain(branchId: $branchId, starCode: $starCode, at: $at) {\n      date\n      branch {\n        id\n        name\n        category\n      }\n      starType {\n        id\n        code\n        nameZh\n        nameEn\n        communityNameZh\n      }\n      links {\n        role\n        duty\n        vacant\n        since\n        until\n        person {\n          id\n          name\n          title\n        }\n        unit {\n          id\n          name\n          level\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPreview($format: PostFormat!, $body: String!) {\n    data: postPreview(format: $format, body: $body)\n  }\n"): (typeof documents)["\n  query PostPreview($format: PostFormat!, $body: String!) {\n    data: postPreview(format: $format, body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPost($id: ID!) {\n    data: submitPost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPost($id: ID!) {\n    data: submitPost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPost($id: ID!, $input: ReviewPostInput!) {\n    data: reviewPost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPost($id: ID!, $input: ReviewPostInput!) {\n    data: reviewPost(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPost($id: ID!, $comment: String!) {\n    data: withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawPost($id: ID!, $comment: String!) {\n    data: withdrawPost(id: $id, comment: $comment) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {\n    data: addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingItem($meetingId: ID!, $input: AddMeetingItemInput!) {\n    data: addMeetingItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeetingItem($id: ID!, $input: CloseMeetingItemInput!) {\n    data: closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeetingItem($id: ID!, $input: CloseMeetingItemInput!) {\n    data: closeMeetingItem(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeetingItem($id: ID!, $note: String!) {\n    data: reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMeetingItem($id: ID!, $note: String!) {\n    data: reopenMeetingItem(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingItemToPlanItem($id: ID!) {\n    data: meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingItemToPlanItem($id: ID!) {\n    data: meetingItemToPlanItem(id: $id) {\n      id\n      planItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostMeetingPhotos($filter: MeetingFilterInput) {\n    data: meetings(filter: $filter, perPage: 20, sortField: \"date\", sortOrder: DESC) {\n      items {\n        id\n        date\n        theme\n        photos {\n          id\n          name\n          mimeType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostMeetingPhotos($filter: MeetingFilterInput) {\n    data: meetings(filter: $filter, perPage: 20, sortField: \"date\", sortOrder: DESC) {\n      items {\n        id\n        date\n        theme\n        photos {\n          id\n          name\n          mimeType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptResidentRequest($id: ID!) {\n    data: acceptResidentRequest(id: $id) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptResidentRequest($id: ID!) {\n    data: acceptResidentRequest(id: $id) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeResidentRequest($id: ID!, $intoId: ID!, $note: String) {\n    data: mergeResidentRequest(id: $id, intoId: $intoId, note: $note) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation MergeResidentRequest($id: ID!, $intoId: ID!, $note: String) {\n    data: mergeResidentRequest(id: $id, intoId: $intoId, note: $note) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferResidentRequest($id: ID!, $unitId: ID!, $reason: String!) {\n    data: referResidentRequest(id: $id, unitId: $unitId, reason: $reason) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation ReferResidentRequest($id: ID!, $unitId: ID!, $reason: String!) {\n    data: referResidentRequest(id: $id, unitId: $unitId, reason: $reason) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleResidentRequest($id: ID!, $responsibleUnit: String!, $responsiblePerson: String!) {\n    data: handleResidentRequest(id: $id, responsibleUnit: $responsibleUnit, responsiblePerson: $responsiblePerson) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation HandleResidentRequest($id: ID!, $responsibleUnit: String!, $responsiblePerson: String!) {\n    data: handleResidentRequest(id: $id, responsibleUnit: $responsibleUnit, responsiblePerson: $responsiblePerson) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackResidentRequest($id: ID!, $feedback: String!) {\n    data: feedbackResidentRequest(id: $id, feedback: $feedback) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation FeedbackResidentRequest($id: ID!, $feedback: String!) {\n    data: feedbackResidentRequest(id: $id, feedback: $feedback) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResidentEvaluation($id: ID!, $evaluation: ResidentEvaluation!, $comment: String) {\n    data: recordResidentEvaluation(id: $id, evaluation: $evaluation, comment: $comment) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation RecordResidentEvaluation($id: ID!, $evaluation: ResidentEvaluation!, $comment: String) {\n    data: recordResidentEvaluation(id: $id, evaluation: $evaluation, comment: $comment) {\n      id\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResidentMeetingFor($input: CreateResidentMeetingInput!) {\n    data: createResidentMeeting(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResidentMeetingFor($input: CreateResidentMeetingInput!) {\n    data: createResidentMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentRatesPage($unitId: ID!, $year: Int!) {\n    data: residentRates(unitId: $unitId, year: $year) {\n      unit {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          respondedOnTime\n          resolved\n          evaluated\n          satisfied\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byChild {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byMonth {\n        month\n        figures {\n          total\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResidentRatesPage($unitId: ID!, $year: Int!) {\n    data: residentRates(unitId: $unitId, year: $year) {\n      unit {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          respondedOnTime\n          resolved\n          evaluated\n          satisfied\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byChild {\n        unitId\n        unitName\n        level\n        figures {\n          total\n          overdue\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n      byMonth {\n        month\n        figures {\n          total\n          responseRate\n          resolutionRate\n          satisfactionRate\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyTests {\n    data: myTests {\n      attemptsUsed\n      openAttemptId\n      score\n      passed\n      session {\n        id\n        title\n        opensAt\n        closesAt\n        timeLimitMinutes\n        passMark\n        attemptsAllowed\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTests {\n    data: myTests {\n      attemptsUsed\n      openAttemptId\n      score\n      passed\n      session {\n        id\n        title\n        opensAt\n        closesAt\n        timeLimitMinutes\n        passMark\n        attemptsAllowed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($s: ID!) {\n    data: startAttempt(sessionId: $s) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttempt($s: ID!) {\n    data: startAttempt(sessionId: $s) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswer($a: ID!, $p: Int!, $x: [String!]!) {\n    data: saveAnswer(attemptId: $a, position: $p, answer: $x) {\n      position\n      answer\n      savedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAnswer($a: ID!, $p: Int!, $x: [String!]!) {\n    data: saveAnswer(attemptId: $a, position: $p, answer: $x) {\n      position\n      answer\n      savedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttempt($a: ID!) {\n    data: submitAttempt(attemptId: $a) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAttempt($a: ID!) {\n    data: submitAttempt(attemptId: $a) {\n      id\n      status\n      ended\n      deadline\n      secondsLeft\n      score\n      correctCount\n      questionCount\n      questions {\n        position\n        kind\n        stem\n        options\n        answer\n        correct\n        correctAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestResults($s: ID!, $u: ID) {\n    data: testResults(sessionId: $s, unitId: $u) {\n      id\n      expected\n      took\n      participationRate\n      passed\n      passRate\n      average\n      distribution\n      unit {\n        id\n        name\n      }\n      byChild {\n        unitId\n        unitName\n        expected\n        took\n        participationRate\n        passed\n        passRate\n        average\n      }\n      takers {\n        personId\n        name\n        score\n        passed\n      }\n      items {\n        questionId\n        stem\n        answered\n        facility\n        discrimination\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestResults($s: ID!, $u: ID) {\n    data: testResults(sessionId: $s, unitId: $u) {\n      id\n      expected\n      took\n      participationRate\n      passed\n      passRate\n      average\n      distribution\n      unit {\n        id\n        name\n      }\n      byChild {\n        unitId\n        unitName\n        expected\n        took\n        participationRate\n        passed\n        passRate\n        average\n      }\n      takers {\n        personId\n        name\n        score\n        passed\n      }\n      items {\n        questionId\n        stem\n        answered\n        facility\n        discrimination\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInTraining($s: ID!, $c: String!) {\n    data: signInTraining(sessionId: $s, code: $c) {\n      id\n      method\n    }\n  }\n"): (typeof documents)["\n  mutation SignInTraining($s: ID!, $c: String!) {\n    data: signInTraining(sessionId: $s, code: $c) {\n      id\n      method\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhooks {\n    data: webhooks(perPage: 100) {\n      total\n      items {\n        id\n        url\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        consecutiveFailures\n        previousSecretUntil\n        version\n        createdAt\n        scopeUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWebhooks {\n    data: webhooks(perPage: 100) {\n      total\n      items {\n        id\n        url\n        eventTypes\n        enabled\n        disabledReason\n        disabledAt\n        consecutiveFailures\n        previousSecretUntil\n        version\n        createdAt\n        scopeUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateWebhook($input: CreateWebhookInput!) {\n    data: createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateWebhook($input: CreateWebhookInput!) {\n    data: createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    data: updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    data: updateWebhook(id: $id, input: $input) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    data: rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRotateWebhookSecret($id: ID!) {\n    data: rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookDeliveries($webhookId: ID!, $page: Int!) {\n    data: webhookDeliveries(webhookId: $webhookId, page: $page, perPage: 25, sortOrder: DESC) {\n      total\n      items {\n        id\n        eventId\n        eventType\n        messageId\n        status\n        attempts\n        createdAt\n        nextAttemptAt\n        lastStatusCode\n        deliveredAt\n        attemptLog {\n          id\n          at\n          ok\n          statusCode\n          latencyMs\n          error\n          answer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWebhookDeliveries($webhookId: ID!, $page: Int!) {\n    data: webhookDeliveries(webhookId: $webhookId, page: $page, perPage: 25, sortOrder: DESC) {\n      total\n      items {\n        id\n        eventId\n        eventType\n        messageId\n        status\n        attempts\n        createdAt\n        nextAttemptAt\n        lastStatusCode\n        deliveredAt\n        attemptLog {\n          id\n          at\n          ok\n          statusCode\n          latencyMs\n          error\n          answer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRedeliver($deliveryId: ID!) {\n    data: redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRedeliver($deliveryId: ID!) {\n    data: redeliver(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEvents($after: String, $types: [String!]) {\n    data: events(first: 50, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          resourceType\n          resourceId\n          unitPath\n          payload\n          committedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEvents($after: String, $types: [String!]) {\n    data: events(first: 50, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          id\n          type\n          resourceType\n          resourceId\n          unitPath\n          payload\n          committedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookUnits($level: UnitLevel!) {\n    data: units(perPage: 100, filter: { level: $level }) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWebhookUnits($level: UnitLevel!) {\n    data: units(perPage: 100, filter: { level: $level }) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUploadLimits {\n    data: uploadLimits {\n      maxFileBytes\n      maxFileMb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineOpenSpotChecks($status: SpotCheckStatus!) {\n    data: spotChecks(filter: { status: $status }, perPage: 100) {\n      items {\n        id\n        version\n        status\n        plannedFor\n        note\n        location\n        targetUnitId\n        targetUnit {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        keyTaskIds\n        findingCount\n        allowedActions\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineOpenSpotChecks($status: SpotCheckStatus!) {\n    data: spotChecks(filter: { status: $status }, perPage: 100) {\n      items {\n        id\n        version\n        status\n        plannedFor\n        note\n        location\n        targetUnitId\n        targetUnit {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        keyTaskIds\n        findingCount\n        allowedActions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineKeyTasks($ids: [ID!]!) {\n    data: keyTasks(filter: { ids: $ids }, perPage: 100) {\n      items {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineKeyTasks($ids: [ID!]!) {\n    data: keyTasks(filter: { ids: $ids }, perPage: 100) {\n      items {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineBranchProfile($id: ID!) {\n    data: branchProfile(id: $id) {\n      year\n      baseline {\n        label\n        value\n      }\n      tasks {\n        code\n        title\n      }\n      mechanisms {\n        title\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineBranchProfile($id: ID!) {\n    data: branchProfile(id: $id) {\n      year\n      baseline {\n        label\n        value\n      }\n      tasks {\n        code\n        title\n      }\n      mechanisms {\n        title\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineSpotCheckVersion($id: ID!) {\n    data: spotCheck(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  query OfflineSpotCheckVersion($id: ID!) {\n    data: spotCheck(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfflineStartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfflineStartSpotCheck($id: ID!, $input: StartSpotCheckInput!) {\n    data: startSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfflineRecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OfflineRecordFinding($spotCheckId: ID!, $input: RecordFindingInput!) {\n    data: recordFinding(spotCheckId: $spotCheckId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfflineCompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfflineCompleteSpotCheck($id: ID!, $input: CompleteSpotCheckInput!) {\n    data: completeSpotCheck(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
import type { FeatureTexts } from '../i18n/texts';

/** The texts of the offline on-site form (现场暗访) and its sync queue. */
const texts: FeatureTexts = {
  messages: {
    offline: {
      menu: ['现场暗访（离线）', 'On site (offline)'],
      title: ['现场暗访（离线可用）', 'On site (works offline)'],
      intro: [
        '本机保存本督导组未完成的暗访，无信号时也可开始暗访、记录问题与照片、评分并完成；联网后按顺序自动同步。',
        "Your team's open spot checks are kept on this device: start, record findings with photos, score and complete without a signal; they sync in order when the network returns.",
      ],
      online: ['在线', 'Online'],
      offline: ['离线', 'Offline'],
      pending: ['待同步 %{n}', 'To sync: %{n}'],
      sync_now: ['立即同步', 'Sync now'],
      refresh: ['更新本机暗访', 'Refresh this device'],
      refreshed: ['本机暗访已更新', 'Spot checks on this device refreshed'],
      no_checks: [
        '本机没有未完成的暗访（联网打开本页即可下载本督导组的暗访）',
        "No open spot checks on this device (open this page online to download your team's)",
      ],
      check_left: [
        '这次暗访已不在本机：已同步完成的暗访会从本机移除，可在“暗访”中查看。',
        'This spot check is no longer on this device: once completed and synced it leaves the device; see it under Spot checks.',
      ],
      cached_at: ['下载于 %{at}', 'Downloaded %{at}'],
      queue: ['同步队列', 'Sync queue'],
      queue_empty: ['没有待同步的记录', 'Nothing to sync'],
      sign_out_warning: [
        '退出登录或登录失效将清除本机保存的暗访与照片（含未同步的 %{n} 项）。',
        'Signing out or the session ending clears the spot checks and photos on this device (including %{n} not yet synced).',
      ],
      back: ['返回列表', 'Back to the list'],
      profile: ['被检支部概况', 'Target branch profile'],
      baseline: ['底数', 'Baseline'],
      tasks: ['任务', 'Tasks'],
      mechanisms: ['机制', 'Mechanisms'],
      key_tasks: ['检查的重点任务', 'Key tasks to check'],
      local_findings: ['本机记录的问题', 'Findings recorded on this device'],
      saved_local: ['已保存到本机，待同步', 'Saved on this device, waiting to sync'],
      photo_count: ['%{n} 张照片', '%{n} photos'],
      scaling: ['正在压缩照片…', 'Scaling photos…'],
      photo_failed: ['无法读取该照片', 'Cannot read this photo'],
      state_pending: ['待同步', 'Waiting'],
      state_syncing: ['同步中', 'Syncing'],
      state_synced: ['已同步', 'Synced'],
      state_conflict: ['冲突', 'Conflict'],
      state_error: ['被拒绝', 'Refused'],
      kind_start: ['开始暗访', 'Start'],
      kind_finding: ['问题', 'Finding'],
      kind_complete: ['完成暗访', 'Complete'],
      conflict_text: [
        '服务器上的这次暗访已被他人更改（版本 %{mine} → %{theirs}，当前状态：%{status}）。请决定：仍然提交本机记录，或放弃本条。',
        'This spot check was changed on the server meanwhile (version %{mine} → %{theirs}, now: %{status}). Decide: send yours anyway, or discard this item.',
      ],
      keep_mine: ['仍然提交', 'Send mine anyway'],
      retry: ['重试', 'Retry'],
      discard: ['放弃本条', 'Discard'],
      discard_confirm: [
        '放弃后这条记录（及其照片）将从本机删除，不会同步到服务器。确定放弃？',
        'This item (and its photos) will be deleted from this device and never synced. Discard it?',
      ],
      waiting_network: ['等待网络：%{error}', 'Waiting for the network: %{error}'],
      status_local_started: ['进行中（待同步）', 'In progress (to sync)'],
      status_local_completed: ['已完成（待同步）', 'Completed (to sync)'],
    },
  },
};

export default texts;

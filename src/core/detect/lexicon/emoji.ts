// Emoji as signals. Each row: an emoji (its base code point, without the U+FE0F variation
// selector, which normalisation drops) and the signals it gives (signals.ts). Most are weak:
// 🌿 is a houseplant until it stands beside 💨 or "high"; 🍑 is fruit until it stands beside 🍆.

export const EMOJI: ReadonlyArray<readonly [string, ...string[]]> = [
  ['\u2600', 'leisure'],                        // ☀
  ['\u262a', 'religion.word'],                  // ☪
  ['\u26ea', 'religion.word'],                  // ⛪
  ['\u26f3', 'leisure'],                        // ⛳
  ['\u26f7', 'leisure'],                        // ⛷
  ['\u271d', 'religion.word'],                  // ✝
  ['\u2721', 'religion.word'],                  // ✡
  ['\u2744', 'drugs.snow'],                     // ❄
  ['\u{1f30a}', 'leisure'],                     // 🌊
  ['\u{1f31e}', 'leisure'],                     // 🌞
  ['\u{1f32b}', 'drugs.emoji'],                 // 🌫
  ['\u{1f334}', 'leisure'],                     // 🌴
  ['\u{1f33f}', 'drugs.emoji'],                 // 🌿
  ['\u{1f343}', 'drugs.emoji'],                 // 🍃
  ['\u{1f344}', 'drugs.emoji'],                 // 🍄
  ['\u{1f346}', 'sexual.emoji'],                // 🍆
  ['\u{1f351}', 'sexual.emoji'],                // 🍑
  ['\u{1f376}', 'alcohol.emoji'],               // 🍶
  ['\u{1f377}', 'alcohol.emoji'],               // 🍷
  ['\u{1f378}', 'alcohol.emoji'],               // 🍸
  ['\u{1f379}', 'alcohol.emoji', 'leisure'],    // 🍹
  ['\u{1f37a}', 'alcohol.emoji'],               // 🍺
  ['\u{1f37b}', 'alcohol.emoji'],               // 🍻
  ['\u{1f37e}', 'alcohol.emoji'],               // 🍾
  ['\u{1f37f}', 'leisure'],                     // 🍿
  ['\u{1f3a2}', 'leisure'],                     // 🎢
  ['\u{1f3a3}', 'leisure'],                     // 🎣
  ['\u{1f3aa}', 'leisure'],                     // 🎪
  ['\u{1f3b0}', 'leisure'],                     // 🎰
  ['\u{1f3bf}', 'leisure'],                     // 🎿
  ['\u{1f3c4}', 'leisure'],                     // 🏄
  ['\u{1f3ca}', 'leisure'],                     // 🏊
  ['\u{1f3d6}', 'leisure'],                     // 🏖
  ['\u{1f3dd}', 'leisure'],                     // 🏝
  ['\u{1f443}', 'drugs.nose'],                  // 👃
  ['\u{1f445}', 'sexual.emoji'],                // 👅
  ['\u{1f48a}', 'drugs.emoji'],                 // 💊
  ['\u{1f48b}', 'sexual.emoji'],                // 💋
  ['\u{1f4a6}', 'sexual.emoji'],                // 💦
  ['\u{1f4a8}', 'drugs.emoji'],                 // 💨
  ['\u{1f4ff}', 'religion.word'],               // 📿
  ['\u{1f51e}', 'sexual.explicit-emoji'],       // 🔞
  ['\u{1f595}', 'profanity.gesture'],           // 🖕
  ['\u{1f608}', 'sexual.emoji'],                // 😈
  ['\u{1f60e}', 'leisure'],                     // 😎
  ['\u{1f60f}', 'sexual.emoji'],                // 😏
  ['\u{1f637}', 'absence.sickness'],            // 😷
  ['\u{1f643}', 'work-complaint.sarcasm'],      // 🙃
  ['\u{1f644}', 'work-complaint.sarcasm'],      // 🙄
  ['\u{1f64a}', 'secrecy'],                     // 🙊
  ['\u{1f6ac}', 'drugs.emoji'],                 // 🚬
  ['\u{1f6d0}', 'religion.word'],               // 🛐
  ['\u{1f6e5}', 'leisure'],                     // 🛥
  ['\u{1f910}', 'secrecy'],                     // 🤐
  ['\u{1f912}', 'absence.sickness'],            // 🤒
  ['\u{1f922}', 'alcohol.queasy'],              // 🤢
  ['\u{1f927}', 'absence.sickness'],            // 🤧
  ['\u{1f92b}', 'secrecy'],                     // 🤫
  ['\u{1f92c}', 'profanity.mild-emoji'],        // 🤬
  ['\u{1f92e}', 'alcohol.queasy'],              // 🤮
  ['\u{1f942}', 'alcohol.emoji'],               // 🥂
  ['\u{1f943}', 'alcohol.emoji'],               // 🥃
  ['\u{1f974}', 'alcohol.woozy'],               // 🥴
  ['\u{1f975}', 'sexual.emoji'],                // 🥵
  ['\u{1fad7}', 'alcohol.emoji'],               // 🫗
  ['\u{1fae6}', 'sexual.emoji'],                // 🫦
];

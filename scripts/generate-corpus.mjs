// Seeded generator of realistic Vietnamese Party documents for the search benchmark.
// Run: node scripts/generate-corpus.mjs 1000 [seed]  → bench-out/corpus-1000.json
// The same count and seed always give the same corpus. Words come from function words (about 40 %),
// domain phrases (40 %, ranked differently under each of 20 topics) and a long tail of well-formed
// syllables (20 %), each drawn by Zipf's law, so a few words are very common, documents differ by
// topic, and the vocabulary keeps growing like a real archive's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, good enough to make a corpus reproducible. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  { kind: 'Nghị quyết', code: 'NQ', weight: 2 },
  { kind: 'Quyết định', code: 'QĐ', weight: 3 },
  { kind: 'Quy định', code: 'QĐ', weight: 2 },
  { kind: 'Chỉ thị', code: 'CT', weight: 1 },
  { kind: 'Kết luận', code: 'KL', weight: 1 },
  { kind: 'Kế hoạch', code: 'KH', weight: 4 },
  { kind: 'Hướng dẫn', code: 'HD', weight: 2 },
  { kind: 'Công văn', code: 'CV', weight: 3 },
  { kind: 'Phương án', code: 'PA', weight: 1 },
  { kind: 'Thông báo', code: 'TB', weight: 2 },
  { kind: 'Báo cáo', code: 'BC', weight: 3 },
];
const ISSUERS = ['TW', 'TU', 'QU', 'ĐU', 'BTG', 'UBKT', 'BDV', 'BTC', 'BCĐ'];

const TOPICS = [
  'tăng cường xây dựng, chỉnh đốn Đảng',
  'ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'công tác kiểm tra, giám sát và thi hành kỷ luật đảng',
  'trách nhiệm nêu gương của cán bộ, đảng viên',
  'phát huy vai trò của nhân dân trong giám sát cán bộ',
  'cải cách hành chính và nâng cao chất lượng phục vụ người dân',
  'phòng, chống tham nhũng, lãng phí',
  'công tác tuyên truyền trên mạng xã hội',
  'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'kê khai tài sản, thu nhập của cán bộ chủ chốt',
  'quy hoạch, bổ nhiệm cán bộ',
  'tinh giản biên chế, sắp xếp tổ chức bộ máy',
  'quản lý đảng viên trở về từ quân đội',
  'công tác dân vận của hệ thống chính trị',
  'khảo sát, đánh giá biểu hiện suy thoái',
  'xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh',
  'giữ gìn và phát huy giá trị di tích lịch sử, văn hóa',
  'bảo đảm trật tự xây dựng và đô thị trên địa bàn',
  'tiếp công dân và giải quyết khiếu nại, tố cáo',
];

// Function words, most frequent first: in Vietnamese prose they make up much of the text.
const FUNCTION_WORDS = [
  'của', 'và', 'các', 'là', 'được', 'trong', 'có', 'cho', 'những', 'với', 'đã', 'để', 'không', 'này', 'theo',
  'về', 'từ', 'khi', 'một', 'người', 'việc', 'đến', 'trên', 'cũng', 'như', 'tại', 'sẽ', 'phải', 'đó', 'nhằm',
  'đối với', 'bảo đảm', 'đồng thời', 'gắn với', 'trên cơ sở', 'nhất là', 'qua đó', 'bên cạnh đó', 'vì vậy', 'do đó',
];

// Domain phrases, written for this generator; drawn with a Zipf law, so a few are common and most are rare.
const PHRASES = [
  'cán bộ', 'đảng viên', 'thực hiện', 'công tác', 'tổ chức', 'cấp ủy', 'chi bộ', 'nhân dân', 'triển khai', 'kiểm tra',
  'giám sát', 'đảng bộ', 'cơ sở', 'nhiệm vụ', 'nội dung', 'kết quả', 'quận', 'phường', 'đơn vị', 'cơ quan',
  'cán bộ, công chức', 'viên chức', 'người đứng đầu', 'Ban Thường vụ', 'Ủy ban kiểm tra', 'Mặt trận Tổ quốc',
  'các đoàn thể chính trị - xã hội', 'khu phố', 'tổ dân phố', 'thành phố', 'tổ chức đảng', 'tổ chức quán triệt',
  'đánh giá', 'sơ kết', 'tổng kết', 'báo cáo kết quả', 'đề xuất', 'phân công', 'chỉ đạo', 'hướng dẫn', 'theo dõi',
  'đôn đốc', 'rút kinh nghiệm', 'nghiêm túc', 'kịp thời', 'thường xuyên', 'cụ thể', 'thiết thực', 'hiệu quả',
  'đúng quy định', 'công khai', 'minh bạch', 'dân chủ', 'khách quan', 'toàn diện', 'có trọng tâm, trọng điểm',
  'chặt chẽ', 'tự phê bình và phê bình', 'nêu gương', 'rèn luyện', 'tu dưỡng', 'phấn đấu', 'bản cam kết',
  'kế hoạch hành động', 'biểu hiện suy thoái', 'tự diễn biến', 'tự chuyển hóa', 'lý tưởng cách mạng', 'niềm tin',
  'ý thức tổ chức kỷ luật', 'tinh thần trách nhiệm', 'thái độ phục vụ', 'lợi ích tập thể', 'chủ nghĩa cá nhân',
  'quan liêu', 'xa rời quần chúng', 'nội dung sinh hoạt', 'chất lượng', 'nhiệm vụ chính trị', 'chương trình công tác',
  'quý', 'tháng', '6 tháng đầu năm', 'cuối năm', 'định kỳ', 'đột xuất', 'theo chuyên đề', 'tiến độ', 'thời hạn',
  'hồ sơ', 'văn bản', 'thông tin phản ánh', 'kiến nghị', 'khiếu nại', 'tố cáo', 'xử lý', 'kỷ luật', 'khen thưởng',
  'biểu dương', 'nhân rộng', 'mô hình', 'điển hình', 'tuyên truyền', 'vận động', 'đoàn viên', 'hội viên',
  'thanh niên', 'phụ nữ', 'cựu chiến binh', 'người cao tuổi', 'an sinh xã hội', 'hộ nghèo', 'gia đình chính sách',
  'di tích', 'địa chỉ đỏ', 'truyền thống cách mạng', 'kháng chiến', 'góp phần', 'nâng cao', 'tăng cường',
  'đẩy mạnh', 'tiếp tục', 'kiên quyết', 'chủ động', 'phối hợp', 'trực tiếp', 'sinh hoạt', 'học tập', 'quán triệt',
  'tài sản, thu nhập', 'quy hoạch', 'bổ nhiệm', 'luân chuyển', 'biên chế', 'bộ máy', 'cải cách hành chính',
  'trật tự xây dựng', 'đô thị', 'môi trường', 'an ninh trật tự', 'quốc phòng', 'giáo dục', 'y tế', 'văn hóa',
];

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
// Rimes with the index of the vowel that takes the tone mark.
const RIMES = [
  ['a', 0], ['ai', 0], ['an', 0], ['ang', 0], ['anh', 0], ['ao', 0], ['au', 0], ['ay', 0], ['ăn', 0], ['ăng', 0],
  ['âm', 0], ['ân', 0], ['âu', 0], ['ây', 0], ['e', 0], ['em', 0], ['en', 0], ['eo', 0], ['ê', 0], ['ên', 0],
  ['ênh', 0], ['êu', 0], ['i', 0], ['im', 0], ['in', 0], ['inh', 0], ['iêu', 1], ['iên', 1], ['o', 0], ['oa', 1],
  ['oan', 1], ['oanh', 1], ['oi', 0], ['om', 0], ['on', 0], ['ong', 0], ['ô', 0], ['ôi', 0], ['ôn', 0], ['ông', 0],
  ['ơ', 0], ['ơi', 0], ['ơn', 0], ['u', 0], ['ua', 0], ['ui', 0], ['un', 0], ['ung', 0], ['uy', 1], ['uyên', 2],
  ['ư', 0], ['ưa', 0], ['ưng', 0], ['ươi', 1], ['ương', 1], ['ưu', 0], ['ac', 0], ['at', 0], ['ap', 0], ['ôc', 0],
  ['ât', 0], ['ich', 0], ['uc', 0], ['ươc', 1], ['iêt', 1], ['ut', 0],
];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const STOP_FINAL = /[cpt]$|ch$/;

function syllable(random) {
  const onset = ONSETS[Math.floor(random() * ONSETS.length)];
  const [rime, toneAt] = RIMES[Math.floor(random() * RIMES.length)];
  // Syllables ending in c, p, t, ch take only the acute or dot-below tone.
  const tones = STOP_FINAL.test(rime) ? ['\u0301', '\u0323'] : TONES;
  const tone = tones[Math.floor(random() * tones.length)];
  const chars = [...rime];
  chars[toneAt] = `${chars[toneAt]}${tone}`;
  return `${onset}${chars.join('')}`.normalize('NFC');
}

/** The long tail: a fixed inventory of well-formed syllables. */
function tailInventory(random, size) {
  const seen = new Set();
  while (seen.size < size) seen.add(syllable(random));
  return [...seen];
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const capitalize = (text) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Draws from a list by rank with probability ∝ 1 / (rank + offset) (Zipf–Mandelbrot), as word frequencies fall in real text. */
function zipfSampler(list, offset) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / (rank + offset)));
  return (random) => {
    const at = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < at) low = mid + 1;
      else high = mid;
    }
    return list[low];
  };
}

const functionWord = zipfSampler(FUNCTION_WORDS, 1);

/** A shuffled copy of a list: Fisher–Yates with the seeded generator. */
function shuffled(random, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// Share of drawn tokens: function words, domain phrases, long-tail syllables.
const FUNCTION_SHARE = 0.42;
const PHRASE_SHARE = 0.4;

function sentence(random, phrase, tailWord) {
  const words = [];
  const length = 12 + Math.floor(random() * 22);
  while (words.length < length) {
    const draw = random();
    if (draw < FUNCTION_SHARE) words.push(...functionWord(random).split(' '));
    else if (draw < FUNCTION_SHARE + PHRASE_SHARE) words.push(...phrase(random).split(' '));
    else words.push(tailWord(random));
  }
  return `${capitalize(words.join(' '))}.`;
}

function weightedKind(random) {
  const total = KINDS.reduce((sum, k) => sum + k.weight, 0);
  let at = random() * total;
  for (const kind of KINDS) {
    at -= kind.weight;
    if (at < 0) return kind;
  }
  return KINDS[0];
}

const pad = (n) => String(n).padStart(2, '0');

/** count documents, each { slug, title, kind, number?, date (ISO), sections: [{ id, heading, paragraphs }] }. */
export function generateCorpus(count, seed = 2017) {
  const random = seededRandom(seed);
  const tailWord = zipfSampler(tailInventory(random, 4000), 30);
  // Each topic ranks the domain phrases its own way, so a phrase common under one topic is rare
  // under another: documents differ in vocabulary as real ones do, instead of all holding every phrase.
  const topicPhrases = TOPICS.map(() => zipfSampler(shuffled(random, PHRASES), 10));
  const usedNumbers = new Set();
  const documents = [];
  for (let i = 0; i < count; i++) {
    const { kind, code } = weightedKind(random);
    const year = 2010 + Math.floor(random() * 16);
    const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const topicIndex = Math.floor(random() * TOPICS.length);
    const topic = TOPICS[topicIndex];
    const phrase = topicPhrases[topicIndex];
    let number;
    // Six in ten documents carry a number; each number is unique, as in a real register.
    if (random() < 0.6) {
      do number = `${String(1 + Math.floor(random() * 1500)).padStart(2, '0')}-${code}/${pick(random, ISSUERS)}`;
      while (usedNumbers.has(number));
      usedNumbers.add(number);
    }
    const sectionCount = 3 + Math.floor(random() * 5);
    const sections = [];
    for (let s = 0; s < sectionCount; s++) {
      const paragraphs = [];
      const paragraphCount = 1 + Math.floor(random() * 3);
      for (let p = 0; p < paragraphCount; p++) {
        const sentences = [];
        const sentenceCount = 2 + Math.floor(random() * 4);
        for (let k = 0; k < sentenceCount; k++) sentences.push(sentence(random, phrase, tailWord));
        paragraphs.push(sentences.join(' '));
      }
      sections.push({ id: `muc-${s + 1}`, heading: `${s + 1}. ${capitalize(pick(random, TOPICS))}`, paragraphs });
    }
    documents.push({
      slug: `vb-${String(i + 1).padStart(5, '0')}`,
      title: `${kind} về ${topic}${random() < 0.5 ? ` năm ${year}` : ''}`,
      kind,
      ...(number ? { number } : {}),
      date,
      sections,
    });
  }
  return documents;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 2017);
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: node scripts/generate-corpus.mjs COUNT [SEED]');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'bench-out', `corpus-${count}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const corpus = generateCorpus(count, seed);
  writeFileSync(out, JSON.stringify(corpus));
  const words = corpus.reduce((sum, d) => sum + d.sections.reduce((s, x) => s + x.paragraphs.join(' ').split(' ').length, 0), 0);
  console.log(`${count} documents, ${words} words (seed ${seed}) → ${out}`);
}

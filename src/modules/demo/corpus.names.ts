/**
 * Japanese personal names (kanji with Hepburn romanisation), fictional company names and
 * journal names for the demo. Every person in the demo is fictional: names are drawn
 * independently, so any match with a real person is a coincidence.
 */
const pairs = (raw: string): { ja: string; en: string }[] =>
  raw
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [ja, en] = pair.split(':');
      return { ja: ja ?? '', en: en ?? '' };
    });

export const FAMILY_NAMES = pairs(`
佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 田中:Tanaka 伊藤:Ito 渡辺:Watanabe 山本:Yamamoto 中村:Nakamura 小林:Kobayashi 加藤:Kato
吉田:Yoshida 山田:Yamada 佐々木:Sasaki 山口:Yamaguchi 松本:Matsumoto 井上:Inoue 木村:Kimura 林:Hayashi 斎藤:Saito 清水:Shimizu
山崎:Yamazaki 森:Mori 池田:Ikeda 橋本:Hashimoto 阿部:Abe 石川:Ishikawa 山下:Yamashita 中島:Nakajima 石井:Ishii 小川:Ogawa
前田:Maeda 岡田:Okada 長谷川:Hasegawa 藤田:Fujita 後藤:Goto 近藤:Kondo 村上:Murakami 遠藤:Endo 青木:Aoki 坂本:Sakamoto
斉藤:Saito 福田:Fukuda 太田:Ota 西村:Nishimura 藤井:Fujii 金子:Kaneko 岡本:Okamoto 藤原:Fujiwara 中野:Nakano 三浦:Miura
原田:Harada 中川:Nakagawa 松田:Matsuda 竹内:Takeuchi 小野:Ono 田村:Tamura 中山:Nakayama 和田:Wada 石田:Ishida 森田:Morita
上田:Ueda 原:Hara 柴田:Shibata 酒井:Sakai 工藤:Kudo 横山:Yokoyama 宮崎:Miyazaki 宮本:Miyamoto 内田:Uchida 高木:Takagi
安藤:Ando 谷口:Taniguchi 大野:Ono 丸山:Maruyama 今井:Imai 高田:Takada 藤本:Fujimoto 武田:Takeda 村田:Murata 上野:Ueno
杉山:Sugiyama 増田:Masuda 平野:Hirano 大塚:Otsuka 千葉:Chiba 久保:Kubo 松井:Matsui 小島:Kojima 岩崎:Iwasaki 桜井:Sakurai
野口:Noguchi 松尾:Matsuo 野村:Nomura 木下:Kinoshita 菊地:Kikuchi 佐野:Sano 大西:Onishi 杉本:Sugimoto 新井:Arai 浜田:Hamada
菅原:Sugawara 市川:Ichikawa 水野:Mizuno 小松:Komatsu 島田:Shimada 古川:Furukawa 小山:Koyama 高野:Takano 西田:Nishida 菊池:Kikuchi
山内:Yamauchi 西川:Nishikawa 五十嵐:Igarashi 北村:Kitamura 安田:Yasuda 中田:Nakata 川口:Kawaguchi 平田:Hirata 川崎:Kawasaki 飯田:Iida
吉川:Yoshikawa 本田:Honda 久保田:Kubota 沢田:Sawada 辻:Tsuji 関:Seki 吉村:Yoshimura 渡部:Watanabe 岩田:Iwata 中西:Nakanishi
服部:Hattori 樋口:Higuchi 福島:Fukushima 川上:Kawakami 永井:Nagai 松岡:Matsuoka 田口:Taguchi 山中:Yamanaka 森本:Morimoto 土屋:Tsuchiya
矢野:Yano 広瀬:Hirose 秋山:Akiyama 石原:Ishihara 松下:Matsushita 大橋:Ohashi 松浦:Matsuura 吉岡:Yoshioka 小池:Koike 馬場:Baba
浅野:Asano 荒木:Araki 大久保:Okubo 野田:Noda 小沢:Ozawa 田辺:Tanabe 川村:Kawamura 星野:Hoshino 黒田:Kuroda 堀:Hori
`);

export const GIVEN_NAMES = pairs(`
翔太:Shota 大輔:Daisuke 健太:Kenta 拓也:Takuya 直樹:Naoki 和也:Kazuya 達也:Tatsuya 雄一:Yuichi 浩二:Koji 誠:Makoto
剛:Tsuyoshi 学:Manabu 隆:Takashi 聡:Satoshi 亮:Ryo 修:Osamu 敦:Atsushi 哲也:Tetsuya 慎一:Shinichi 英樹:Hideki
弘:Hiroshi 健一:Kenichi 正人:Masato 康弘:Yasuhiro 光太郎:Kotaro 祐介:Yusuke 智之:Tomoyuki 崇:Takashi 洋平:Yohei 裕之:Hiroyuki
秀明:Hideaki 徹:Toru 浩之:Hiroyuki 俊介:Shunsuke 陽介:Yosuke 一郎:Ichiro 賢治:Kenji 真也:Shinya 克也:Katsuya 恭平:Kyohei
大樹:Daiki 圭:Kei 悠:Yu 航:Wataru 純一:Junichi 武志:Takeshi 義之:Yoshiyuki 昌弘:Masahiro 良太:Ryota 和彦:Kazuhiko
美咲:Misaki 陽子:Yoko 裕子:Yuko 直子:Naoko 恵子:Keiko 智子:Tomoko 由美:Yumi 真理子:Mariko 久美子:Kumiko 明美:Akemi
彩:Aya 麻衣:Mai 千尋:Chihiro 香織:Kaori 理恵:Rie 奈々:Nana 由紀:Yuki 佳子:Yoshiko 加奈子:Kanako 早紀:Saki
美穂:Miho 綾子:Ayako 友美:Tomomi 沙織:Saori 恵美:Emi 順子:Junko 京子:Kyoko 典子:Noriko 優子:Yuko 亜希子:Akiko
紀子:Noriko 舞:Mai 瞳:Hitomi 明日香:Asuka 葵:Aoi 茜:Akane 遥:Haruka 菜摘:Natsumi 朋子:Tomoko 幸子:Sachiko
`);

const COMPANY_HEADS = pairs(`
翠嶺:Suirei 暁光:Gyoko 白峰:Shiramine 夕凪:Yunagi 星霜:Seiso 碧水:Hekisui 若潮:Wakashio 朝凪:Asanagi 紫苑:Shion 桐葉:Kiriha
瑠璃光:Rurikou 蒼穹:Sokyu 千草:Chigusa 宵月:Yoizuki 清瀬川:Kiyosegawa 雪嶺:Setsurei 嶺南:Reinan 羽衣:Hagoromo 銀杏台:Ichodai 藍染:Aizome
`);
const COMPANY_TAILS = [
  { ja: 'ファーマ株式会社', en: 'Pharma Co., Ltd.' },
  { ja: '製薬株式会社', en: 'Pharmaceutical Co., Ltd.' },
  { ja: 'バイオサイエンス株式会社', en: 'Bioscience Inc.' },
  { ja: 'セラピューティクス株式会社', en: 'Therapeutics Inc.' },
  { ja: 'メディカル株式会社', en: 'Medical Co., Ltd.' },
  { ja: '医療機器株式会社', en: 'Medical Devices Co., Ltd.' },
  { ja: '診断薬株式会社', en: 'Diagnostics Co., Ltd.' },
  { ja: 'セルテック株式会社', en: 'Celltech Inc.' },
];

/** Fictional Japanese companies (licensees, partners). */
export const COMPANIES: readonly { ja: string; en: string; kind: 'drug' | 'device' | 'diagnostic' | 'regenerative' }[] =
  COMPANY_HEADS.flatMap((h, i) =>
    [0, 1, 2].map((k) => {
      const tail = COMPANY_TAILS[(i * 3 + k) % COMPANY_TAILS.length]!;
      const kind = /機器|メディカル/.test(tail.ja)
        ? 'device'
        : /診断/.test(tail.ja)
          ? 'diagnostic'
          : /セル/.test(tail.ja)
            ? 'regenerative'
            : 'drug';
      return { ja: `${h.ja}${tail.ja}`, en: `${h.en} ${tail.en}`, kind: kind as 'drug' | 'device' | 'diagnostic' | 'regenerative' };
    }),
  );

export const TOP_JOURNALS = [
  'Nature',
  'Science',
  'Cell',
  'The New England Journal of Medicine',
  'The Lancet',
  'JAMA',
  'Nature Medicine',
  'Nature Genetics',
  'Nature Biotechnology',
  'Cancer Cell',
  'Cell Stem Cell',
  'Immunity',
  'Nature Immunology',
  'Nature Neuroscience',
  'Neuron',
  'Journal of Clinical Oncology',
  'The Lancet Oncology',
  'Circulation',
  'Gastroenterology',
  'Blood',
  'Cell Metabolism',
  'Science Translational Medicine',
  'Nature Communications',
  'Journal of Clinical Investigation',
  'Molecular Psychiatry',
];

export const OTHER_JOURNALS = [
  'Scientific Reports',
  'PLOS ONE',
  'Cancer Science',
  'Journal of Human Genetics',
  'Internal Medicine',
  'Circulation Journal',
  'Hepatology Research',
  'Psychiatry and Clinical Neurosciences',
  'Journal of Infection and Chemotherapy',
  'Regenerative Therapy',
  'Pediatrics International',
  'Geriatrics & Gerontology International',
  'BMC Medicine',
  'Frontiers in Immunology',
  'International Journal of Molecular Sciences',
  'Japanese Journal of Clinical Oncology',
  'Journal of Cardiology',
  'Allergology International',
  'Clinical and Experimental Nephrology',
  'Journal of Diabetes Investigation',
];

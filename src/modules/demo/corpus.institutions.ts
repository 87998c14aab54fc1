/**
 * Real Japanese research institutions (universities, national centres, hospitals, institutes)
 * with English names and prefecture, plus a few fictional companies. `weight` is a rough
 * size in medical research, used to spread researchers (a big university gets more).
 * Format: kind|name (ja)|name (en)|prefecture|weight
 */
const RAW = `
university|北海道大学|Hokkaido University|北海道|8
university|旭川医科大学|Asahikawa Medical University|北海道|3
university|札幌医科大学|Sapporo Medical University|北海道|3
university|弘前大学|Hirosaki University|青森県|3
university|岩手医科大学|Iwate Medical University|岩手県|2
university|東北大学|Tohoku University|宮城県|8
university|東北医科薬科大学|Tohoku Medical and Pharmaceutical University|宮城県|2
university|秋田大学|Akita University|秋田県|2
university|山形大学|Yamagata University|山形県|2
university|福島県立医科大学|Fukushima Medical University|福島県|3
university|筑波大学|University of Tsukuba|茨城県|6
university|自治医科大学|Jichi Medical University|栃木県|3
university|獨協医科大学|Dokkyo Medical University|栃木県|2
university|群馬大学|Gunma University|群馬県|3
university|埼玉医科大学|Saitama Medical University|埼玉県|2
university|千葉大学|Chiba University|千葉県|6
university|東京大学|The University of Tokyo|東京都|10
university|東京科学大学|Institute of Science Tokyo|東京都|8
university|慶應義塾大学|Keio University|東京都|8
university|順天堂大学|Juntendo University|東京都|6
university|東京慈恵会医科大学|The Jikei University School of Medicine|東京都|4
university|日本医科大学|Nippon Medical School|東京都|3
university|日本大学|Nihon University|東京都|3
university|東邦大学|Toho University|東京都|2
university|東京医科大学|Tokyo Medical University|東京都|3
university|昭和医科大学|Showa Medical University|東京都|3
university|帝京大学|Teikyo University|東京都|2
university|東京女子医科大学|Tokyo Women's Medical University|東京都|3
university|杏林大学|Kyorin University|東京都|2
university|早稲田大学|Waseda University|東京都|3
university|東京理科大学|Tokyo University of Science|東京都|3
university|東京農工大学|Tokyo University of Agriculture and Technology|東京都|2
university|星薬科大学|Hoshi University|東京都|1
university|東京薬科大学|Tokyo University of Pharmacy and Life Sciences|東京都|2
university|明治薬科大学|Meiji Pharmaceutical University|東京都|1
university|北里大学|Kitasato University|東京都|3
university|横浜市立大学|Yokohama City University|神奈川県|4
university|東海大学|Tokai University|神奈川県|2
university|聖マリアンナ医科大学|St. Marianna University School of Medicine|神奈川県|2
university|新潟大学|Niigata University|新潟県|4
university|富山大学|University of Toyama|富山県|2
university|金沢大学|Kanazawa University|石川県|4
university|金沢医科大学|Kanazawa Medical University|石川県|1
university|福井大学|University of Fukui|福井県|2
university|山梨大学|University of Yamanashi|山梨県|2
university|信州大学|Shinshu University|長野県|3
university|岐阜大学|Gifu University|岐阜県|3
university|岐阜薬科大学|Gifu Pharmaceutical University|岐阜県|1
university|浜松医科大学|Hamamatsu University School of Medicine|静岡県|2
university|静岡県立大学|University of Shizuoka|静岡県|1
university|名古屋大学|Nagoya University|愛知県|8
university|名古屋市立大学|Nagoya City University|愛知県|3
university|藤田医科大学|Fujita Health University|愛知県|3
university|愛知医科大学|Aichi Medical University|愛知県|2
university|三重大学|Mie University|三重県|3
university|滋賀医科大学|Shiga University of Medical Science|滋賀県|2
university|京都大学|Kyoto University|京都府|10
university|京都府立医科大学|Kyoto Prefectural University of Medicine|京都府|3
university|同志社大学|Doshisha University|京都府|1
university|立命館大学|Ritsumeikan University|京都府|1
university|大阪大学|The University of Osaka|大阪府|9
university|大阪公立大学|Osaka Metropolitan University|大阪府|4
university|関西医科大学|Kansai Medical University|大阪府|2
university|近畿大学|Kindai University|大阪府|3
university|大阪医科薬科大学|Osaka Medical and Pharmaceutical University|大阪府|2
university|神戸大学|Kobe University|兵庫県|5
university|兵庫医科大学|Hyogo Medical University|兵庫県|2
university|奈良県立医科大学|Nara Medical University|奈良県|2
university|奈良先端科学技術大学院大学|Nara Institute of Science and Technology|奈良県|1
university|和歌山県立医科大学|Wakayama Medical University|和歌山県|2
university|鳥取大学|Tottori University|鳥取県|2
university|島根大学|Shimane University|島根県|2
university|岡山大学|Okayama University|岡山県|5
university|川崎医科大学|Kawasaki Medical School|岡山県|1
university|広島大学|Hiroshima University|広島県|5
university|山口大学|Yamaguchi University|山口県|3
university|徳島大学|Tokushima University|徳島県|3
university|香川大学|Kagawa University|香川県|2
university|愛媛大学|Ehime University|愛媛県|2
university|高知大学|Kochi University|高知県|2
university|九州大学|Kyushu University|福岡県|8
university|久留米大学|Kurume University|福岡県|2
university|福岡大学|Fukuoka University|福岡県|2
university|産業医科大学|University of Occupational and Environmental Health, Japan|福岡県|2
university|九州工業大学|Kyushu Institute of Technology|福岡県|1
university|佐賀大学|Saga University|佐賀県|2
university|長崎大学|Nagasaki University|長崎県|4
university|熊本大学|Kumamoto University|熊本県|4
university|大分大学|Oita University|大分県|2
university|宮崎大学|University of Miyazaki|宮崎県|2
university|鹿児島大学|Kagoshima University|鹿児島県|3
university|琉球大学|University of the Ryukyus|沖縄県|2
university|沖縄科学技術大学院大学|Okinawa Institute of Science and Technology Graduate University|沖縄県|1
university|東京工科大学|Tokyo University of Technology|東京都|1
university|東京都立大学|Tokyo Metropolitan University|東京都|1
university|電気通信大学|The University of Electro-Communications|東京都|1
university|名古屋工業大学|Nagoya Institute of Technology|愛知県|1
university|豊橋技術科学大学|Toyohashi University of Technology|愛知県|1
university|京都工芸繊維大学|Kyoto Institute of Technology|京都府|1
university|九州歯科大学|Kyushu Dental University|福岡県|1
university|北海道医療大学|Health Sciences University of Hokkaido|北海道|1
university|国際医療福祉大学|International University of Health and Welfare|栃木県|2
university|埼玉大学|Saitama University|埼玉県|1
university|群馬県立県民健康科学大学|Gunma Prefectural College of Health Sciences|群馬県|1
university|静岡大学|Shizuoka University|静岡県|1
university|岡山理科大学|Okayama University of Science|岡山県|1
university|広島国際大学|Hiroshima International University|広島県|1
university|徳島文理大学|Tokushima Bunri University|徳島県|1
university|熊本保健科学大学|Kumamoto Health Science University|熊本県|1
university|長崎県立大学|University of Nagasaki|長崎県|1
university|神戸薬科大学|Kobe Pharmaceutical University|兵庫県|1
university|京都薬科大学|Kyoto Pharmaceutical University|京都府|1
university|昭和薬科大学|Showa Pharmaceutical University|東京都|1
university|東京医療保健大学|Tokyo Healthcare University|東京都|1
university|山口東京理科大学|Sanyo-Onoda City University|山口県|1
university|慶應義塾大学先端生命科学研究所|Keio University Institute for Advanced Biosciences|山形県|1
university|大阪工業大学|Osaka Institute of Technology|大阪府|1
university|関西大学|Kansai University|大阪府|1
university|甲南大学|Konan University|兵庫県|1
university|宮城大学|Miyagi University|宮城県|1
university|千葉工業大学|Chiba Institute of Technology|千葉県|1
university|芝浦工業大学|Shibaura Institute of Technology|東京都|1
university|東京電機大学|Tokyo Denki University|東京都|1
university|東京女子大学|Tokyo Woman's Christian University|東京都|1
university|上智大学|Sophia University|東京都|1
university|中央大学|Chuo University|東京都|1
university|明治大学|Meiji University|東京都|1
university|法政大学|Hosei University|東京都|1
university|立教大学|Rikkyo University|東京都|1
university|青山学院大学|Aoyama Gakuin University|東京都|1
university|東京歯科大学|Tokyo Dental College|東京都|1
university|大阪歯科大学|Osaka Dental University|大阪府|1
university|愛知学院大学|Aichi Gakuin University|愛知県|1
university|名城大学|Meijo University|愛知県|1
university|城西大学|Josai University|埼玉県|1
university|摂南大学|Setsunan University|大阪府|1
university|武庫川女子大学|Mukogawa Women's University|兵庫県|1
institute|東京都医学総合研究所|Tokyo Metropolitan Institute of Medical Science|東京都|2
institute|国立環境研究所|National Institute for Environmental Studies|茨城県|1
institute|国立がん研究センター|National Cancer Center Japan|東京都|8
institute|国立循環器病研究センター|National Cerebral and Cardiovascular Center|大阪府|5
institute|国立精神・神経医療研究センター|National Center of Neurology and Psychiatry|東京都|5
institute|国立国際医療研究センター|National Center for Global Health and Medicine|東京都|4
institute|国立成育医療研究センター|National Center for Child Health and Development|東京都|4
institute|国立長寿医療研究センター|National Center for Geriatrics and Gerontology|愛知県|3
institute|国立感染症研究所|National Institute of Infectious Diseases|東京都|4
institute|国立医薬品食品衛生研究所|National Institute of Health Sciences|神奈川県|3
institute|医薬基盤・健康・栄養研究所|National Institutes of Biomedical Innovation, Health and Nutrition|大阪府|4
institute|理化学研究所|RIKEN|埼玉県|8
institute|産業技術総合研究所|National Institute of Advanced Industrial Science and Technology (AIST)|茨城県|4
institute|量子科学技術研究開発機構|National Institutes for Quantum Science and Technology|千葉県|3
institute|物質・材料研究機構|National Institute for Materials Science|茨城県|2
institute|自然科学研究機構|National Institutes of Natural Sciences|東京都|2
institute|情報・システム研究機構 国立遺伝学研究所|National Institute of Genetics|静岡県|2
institute|東京都健康長寿医療センター|Tokyo Metropolitan Institute for Geriatrics and Gerontology|東京都|2
institute|がん研究会|Japanese Foundation for Cancer Research|東京都|3
institute|神奈川県立がんセンター|Kanagawa Cancer Center|神奈川県|1
institute|大阪国際がんセンター|Osaka International Cancer Institute|大阪府|2
institute|愛知県がんセンター|Aichi Cancer Center|愛知県|2
institute|静岡県立静岡がんセンター|Shizuoka Cancer Center|静岡県|2
institute|埼玉県立がんセンター|Saitama Cancer Center|埼玉県|1
institute|千葉県がんセンター|Chiba Cancer Center|千葉県|1
institute|四国がんセンター|Shikoku Cancer Center|愛媛県|1
institute|九州がんセンター|National Hospital Organization Kyushu Cancer Center|福岡県|1
institute|神戸医療産業都市推進機構|Foundation for Biomedical Research and Innovation at Kobe|兵庫県|2
institute|かずさDNA研究所|Kazusa DNA Research Institute|千葉県|1
institute|東京都立神経病院|Tokyo Metropolitan Neurological Hospital|東京都|1
institute|実験動物中央研究所|Central Institute for Experimental Medicine and Life Science|神奈川県|1
institute|微生物化学研究会|Institute of Microbial Chemistry|東京都|1
institute|京都大学iPS細胞研究財団|CiRA Foundation|京都府|2
institute|放射線影響研究所|Radiation Effects Research Foundation|広島県|1
institute|結核予防会結核研究所|Research Institute of Tuberculosis, JATA|東京都|1
institute|国立保健医療科学院|National Institute of Public Health|埼玉県|1
institute|大阪府立病院機構 大阪母子医療センター|Osaka Women's and Children's Hospital|大阪府|1
institute|国立病院機構|National Hospital Organization|東京都|3
institute|地域医療機能推進機構|Japan Community Health care Organization|東京都|1
institute|日本赤十字社|Japanese Red Cross Society|東京都|1
institute|国立障害者リハビリテーションセンター|National Rehabilitation Center for Persons with Disabilities|埼玉県|1
institute|国立ハンセン病研究センター（国立感染症研究所）|Leprosy Research Center, NIID|東京都|1
hospital|国立病院機構 名古屋医療センター|NHO Nagoya Medical Center|愛知県|2
hospital|国立病院機構 大阪医療センター|NHO Osaka National Hospital|大阪府|2
hospital|国立病院機構 東京医療センター|NHO Tokyo Medical Center|東京都|2
hospital|国立病院機構 九州医療センター|NHO Kyushu Medical Center|福岡県|1
hospital|国立病院機構 仙台医療センター|NHO Sendai Medical Center|宮城県|1
hospital|国立病院機構 京都医療センター|NHO Kyoto Medical Center|京都府|1
hospital|国立病院機構 四国こどもとおとなの医療センター|NHO Shikoku Medical Center for Children and Adults|香川県|1
hospital|国立病院機構 相模原病院|NHO Sagamihara National Hospital|神奈川県|1
hospital|国立病院機構 東京病院|NHO Tokyo National Hospital|東京都|1
hospital|国立病院機構 北海道医療センター|NHO Hokkaido Medical Center|北海道|1
hospital|国立病院機構 長崎医療センター|NHO Nagasaki Medical Center|長崎県|1
hospital|国立病院機構 刀根山医療センター|NHO Osaka Toneyama Medical Center|大阪府|1
hospital|国立病院機構 新潟病院|NHO Niigata National Hospital|新潟県|1
hospital|東京都立小児総合医療センター|Tokyo Metropolitan Children's Medical Center|東京都|1
hospital|東京都立駒込病院|Tokyo Metropolitan Komagome Hospital|東京都|1
hospital|東京都立墨東病院|Tokyo Metropolitan Bokutoh Hospital|東京都|1
hospital|聖路加国際病院|St. Luke's International Hospital|東京都|2
hospital|虎の門病院|Toranomon Hospital|東京都|2
hospital|NTT東日本関東病院|NTT Medical Center Tokyo|東京都|1
hospital|三井記念病院|Mitsui Memorial Hospital|東京都|1
hospital|東京都済生会中央病院|Tokyo Saiseikai Central Hospital|東京都|1
hospital|日本赤十字社医療センター|Japanese Red Cross Medical Center|東京都|1
hospital|亀田総合病院|Kameda Medical Center|千葉県|1
hospital|静岡県立こども病院|Shizuoka Children's Hospital|静岡県|1
hospital|神奈川県立こども医療センター|Kanagawa Children's Medical Center|神奈川県|1
hospital|埼玉県立小児医療センター|Saitama Children's Medical Center|埼玉県|1
hospital|兵庫県立こども病院|Hyogo Prefectural Kobe Children's Hospital|兵庫県|1
hospital|あいち小児保健医療総合センター|Aichi Children's Health and Medical Center|愛知県|1
hospital|宮城県立こども病院|Miyagi Children's Hospital|宮城県|1
hospital|倉敷中央病院|Kurashiki Central Hospital|岡山県|1
hospital|天理よろづ相談所病院|Tenri Hospital|奈良県|1
hospital|北野病院|Kitano Hospital|大阪府|1
hospital|大阪赤十字病院|Osaka Red Cross Hospital|大阪府|1
hospital|名古屋第一赤十字病院|Japanese Red Cross Aichi Medical Center Nagoya Daiichi Hospital|愛知県|1
hospital|手稲渓仁会病院|Teine Keijinkai Hospital|北海道|1
hospital|仙台厚生病院|Sendai Kousei Hospital|宮城県|1
hospital|飯塚病院|Iizuka Hospital|福岡県|1
hospital|沖縄県立中部病院|Okinawa Chubu Hospital|沖縄県|1
hospital|国立がん研究センター中央病院|National Cancer Center Hospital|東京都|3
hospital|国立がん研究センター東病院|National Cancer Center Hospital East|千葉県|3
hospital|がん研有明病院|Cancer Institute Hospital of JFCR|東京都|2
hospital|神戸市立医療センター中央市民病院|Kobe City Medical Center General Hospital|兵庫県|1
hospital|横浜市立みなと赤十字病院|Yokohama City Minato Red Cross Hospital|神奈川県|1
hospital|榊原記念病院|Sakakibara Heart Institute|東京都|1
hospital|岩手県立中央病院|Iwate Prefectural Central Hospital|岩手県|1
hospital|新潟市民病院|Niigata City General Hospital|新潟県|1
hospital|福井県済生会病院|Fukui-ken Saiseikai Hospital|福井県|1
hospital|広島赤十字・原爆病院|Hiroshima Red Cross Hospital and Atomic-bomb Survivors Hospital|広島県|1
hospital|熊本赤十字病院|Japanese Red Cross Kumamoto Hospital|熊本県|1
company|翠嶺ファーマ株式会社|Suirei Pharma Co., Ltd. (fictional)|東京都|1
company|暁光メディテック株式会社|Gyoko Meditech Inc. (fictional)|大阪府|1
company|白峰ジェノミクス株式会社|Shiramine Genomics Inc. (fictional)|京都府|1
company|夕凪セラピューティクス株式会社|Yunagi Therapeutics Inc. (fictional)|神奈川県|1
company|星霜製薬株式会社|Seiso Pharmaceutical Co., Ltd. (fictional)|東京都|1
company|碧水医療機器株式会社|Hekisui Medical Devices Co., Ltd. (fictional)|静岡県|1
company|若潮バイオ株式会社|Wakashio Bio Inc. (fictional)|兵庫県|1
company|朝凪セルテック株式会社|Asanagi Celltech Inc. (fictional)|東京都|1
`;

export type InstitutionKind = 'university' | 'hospital' | 'institute' | 'company' | 'other';
export type InstitutionEntry = { code: string; kind: InstitutionKind; nameJa: string; nameEn: string; prefecture: string; weight: number };

export const INSTITUTIONS: readonly InstitutionEntry[] = RAW.trim()
  .split('\n')
  .map((line, i) => {
    const [kind, nameJa, nameEn, prefecture, weight] = line.split('|');
    return {
      code: `INST-${String(i + 1).padStart(4, '0')}`,
      kind: kind as InstitutionKind,
      nameJa: nameJa ?? '',
      nameEn: nameEn ?? '',
      prefecture: prefecture ?? '',
      weight: Number(weight),
    };
  });

/** Index of an institution by its Japanese name (for the story projects). */
export function institutionIndex(nameJa: string): number {
  const i = INSTITUTIONS.findIndex((x) => x.nameJa === nameJa);
  if (i < 0) throw new Error(`unknown institution ${nameJa}`);
  return i;
}

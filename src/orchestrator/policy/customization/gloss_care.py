"""Care, sport, leisure, learning, publishing and insurance terms for the cross-language gloss
(:data:`.crosslang.GLOSS`): the specific nouns a professional notes about a contact in fields
the other tables cover thinly (rehabilitation, joints and ligaments, sleep and nutrition,
vaccines and wards, strength training, referees and leagues, board games and hobbies,
schools and exams, proofreading and publishing, claims and reinsurance), data only, read
with :mod:`.crosslang` (so only for a message in another language than its notes): "ihre
Kreuzband-Reha" and "rehab after her ACL", "el glosario del cliente" and "the glossary".

One thing a line, in the columns and with the matching rules of :mod:`.gloss`:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean,
forms separated by commas, a line starting with four spaces going on with the line before
(an empty cell where no word of that language is safe to match).
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("arthroscop" -> "arthroscopy",
"Arthroskopie" as "arthroskop"; "trampoli" -> "trampoline", "trampolino") and whole words or
plurals where a stem would start unrelated words ("tendons", not "tendon", which starts
Italian "tendono"; no "stadio", also a stage of an illness; no "liga", Portuguese for "calls";
no "scherma", which starts Italian "schermata"; no "réassur", which starts "reassurance";
no "dominó", which starts Portuguese "dominou"; no "drachen", also dragons); German
compounds match by their first part ("Kreuzband" -> "Kreuzbandriss"). Shorter forms match
a whole word or its plural. CJK forms match anywhere, two characters or more, and none sits
inside a common unrelated word (no Korean "재활", inside "재활용", nor "포커", inside "포커스",
nor "당구", inside "분당구", nor "유당", inside "자유당"; no Japanese "体内時計", holding
"時計"). No form is a phrase: words are matched one at a time. Things whose every word is
also a common abstract one (an injury, a premium, a claim, a curriculum, a workshop) stay
out, and so do forms that are, or start, a stop word or a generic word
(``lexicon.GENERIC_WORDS``) of any of the languages (a test checks).
"""

TABLE = """rehab, rehabilitat | rehabilitac | rééducation, réadaptation | rehaklinik, rehazentrum, rehabilitat
    | riabilitazion | reabilitação | 康复训练, 康复科, 康复医学, 康复中心 | | 재활치료, 재활의학, 재활병원
ligament, ligaments, cruciate, acl | ligamento, ligamentos, lca | ligament, ligaments, lca |
    kreuzband, bänderriss, innenband, außenband | legamento, legamenti, lca | ligamento, ligamentos
    | 韧带 | 靭帯 | 인대파열, 십자인대
meniscus, menisci | menisco, meniscos | ménisque, ménisques | meniskus | menisco, menischi |
    menisco, meniscos | 半月板 | 半月板 | 반월상연골, 반월판
tendons, tendinopath | tendinopat | tendons | sehnenriss, achillessehne, sehnenscheid | tendine,
    tendini | tendão, tendões | 肌腱 | アキレス腱 | 힘줄, 아킬레스건
sprain, sprained | esguince, esguinces | entorse, entorses | verstauchung, verstaucht | slogatura |
    entorse, entorses | 扭伤 | 捻挫 | 염좌
dislocated, luxation | luxación | luxation | luxation, ausgerenkt | lussazione | luxação | 脱臼 | 脱臼
    | 탈구
microsurg | microcirug | microchirurg | mikrochirurg | microchirurg | microcirurg | 显微外科, 显微手术 |
    マイクロサージャリー | 미세수술
polysomnogra | polisomnogra | polysomnogra | polysomnogra, schlaflabor | polisonnogra |
    polissonogra | 多导睡眠, 睡眠监测 | 睡眠ポリグラフ | 수면다원검사
apnea, apnoea | apnea, apneas | apnée, apnées | apnoe, schlafapnoe | apnea, apnee | apneia | 呼吸暂停 |
    無呼吸 | 무호흡
melatonin | melatonina | mélatonine | melatonin | melatonina | melatonina | 褪黑素 | メラトニン | 멜라토닌
circadian | circadiano, circadianos | circadien, circadienne | zirkadian | circadiano, circadiani |
    circadiano | 昼夜节律, 生物钟 | 概日リズム | 생체리듬, 일주기리듬
residency | residentado | | assistenzarzt, assistenzärzt | specializzando, specializzandi,
    specializzanda | | 住院医师, 规培 | 研修医 | 전공의, 레지던트
bedsore, bedsores, decubitus | escaras, decúbito | escarres | dekubitus | decubito, piaghe |
    escaras | 褥疮 | 床ずれ, 褥瘡 | 욕창
orthosis, orthoses, orthotics | órtesis, ortesis | orthèse, orthèses | orthese, orthesen | ortesi |
    órtese, órteses | 矫形器 | 補装具 | 보조기착용
concussion, concussions | concusión | | gehirnerschütterung | | concussão | 脑震荡 | 脳震盪, 脳しんとう | 뇌진탕
hamstring, hamstrings | isquiotibia | ischiojambier | oberschenkelzerrung | ischiocrural |
    isquiotibia | 腘绳肌 | ハムストリング | 햄스트링
proprioce | propiocep | proprioce | propriozep | propriocet | propriocep | 本体感觉 | 固有感覚 | 고유감각
rollator, rollators | andadores | déambulateur | rollator | deambulatore | andadores | 助行器 | 歩行器 |
    보행보조기
tetanus | tétanos | tétanos | tetanus | tetano | tétano | 破伤风 | 破傷風 | 파상풍
paramedic, paramedics | paramédico, paramédicos | ambulancier, ambulanciers | sanitäter,
    notfallsanitäter | soccorritore, soccorritori | paramédico, paramédicos | 急救员 | 救急救命士 | 응급구조사
caregiver, caregivers | cuidador, cuidadora | aidants | pflegeperson | badante, badanti | cuidador,
    cuidadora | 护工 | 介護士, 介護職 | 요양보호사, 간병인
arthroscop | artroscop | arthroscop | arthroskop | artroscop | artroscop | 关节镜 | 関節鏡 | 관절경
triage | triaje | triage | triage | triage | triagem | 分诊 | トリアージ | 트리아지
snoring, snorer | ronquido, ronquidos | ronflement, ronflements | schnarch | russamento | roncos |
    打鼾, 打呼噜 | いびき | 코골이
fasting | ayuno, ayunos | | fastenkur, heilfasten, intervallfasten | digiuno | jejum | 断食, 轻断食 |
    断食, ファスティング | 단식, 간헐적단식
calorie, calories | caloría, calorías | calorie, calories | kalorie | caloria, calorie | caloria,
    calorias | 卡路里 | カロリー | 칼로리
vitamin | vitamina, vitaminas | vitamine | vitamin | vitamina, vitamine | vitamina, vitaminas | 维生素
    | ビタミン | 비타민
ketogenic, keto | cetogénic | cétogène | ketogen | chetogenic | cetogênic | 生酮 | ケトジェニック, 糖質制限 |
    키토제닉, 저탄고지
outpatient, outpatients | ambulatorio, ambulatorios | ambulatoire | | ambulatorio, ambulatori |
    ambulatório | 门诊 | 外来診療, 外来患者 | 외래진료, 외래환자
vertigo | vértigo | vertige | schwindelanfall | vertigine | vertigem | 眩晕 | めまい | 현기증, 어지럼증
kettlebell, kettlebells | kettlebell | kettlebell | kettlebell | kettlebell | kettlebell | 壶铃 |
    ケトルベル | 케틀벨
dumbbell, dumbbells | mancuerna, mancuernas | haltère, haltères | hantel | | haltere, halteres | 哑铃
    | ダンベル | 덤벨
treadmill, treadmills | caminadora | | laufband | | | 跑步机 | ランニングマシン, トレッドミル | 러닝머신, 트레드밀
deadlift, deadlifts | | | kreuzheben | | | 硬拉 | デッドリフト | 데드리프트
squats | sentadilla, sentadillas | | kniebeuge | | agachamento | 深蹲 | スクワット | 스쿼트
weightlifting, weightlifter, powerlifting | halterofilia | haltérophilie | gewichtheben,
    gewichtheber | pesistica | halterofilismo | 举重 | 重量挙げ, ウエイトリフティング | 역도
preseason | pretemporada | présaison | trainingslager | precampionato | | 季前赛, 冬训 | プレシーズン | 프리시즌,
    전지훈련
referee, referees, umpire, umpires | árbitro | arbitre, arbitres | schiedsrichter | arbitro |
    árbitro | 裁判员 | 審判員 | 심판진, 주심
league, leagues | | | bundesliga, kreisliga | | | 联赛 | リーグ戦 | 리그전
doping | dopaje | dopage | doping | doping | doping | 兴奋剂 | ドーピング | 도핑
olympic, olympics, olympiad | olímpic, olimpiada | olympique | olympisch | olimpiad, olimpic |
    olímpic, olimpíada | 奥运 | 五輪, オリンピック | 올림픽
stadium, stadiums | | | stadion | | estádio | 体育场 | スタジアム, 競技場 | 경기장
goalkeeper, goalkeepers, goalie | guardameta | | torwart, torhüter | | goleiro | 守门员 | ゴールキーパー |
    골키퍼
javelin | jabalina | javelot | speerwurf | giavellotto | | 标枪 | やり投げ | 창던지기
trampoli | trampoli | trampoli | trampoli | trampoli | trampoli | 蹦床 | トランポリン | 
curling | curling | curling | curling | curling | curling | 冰壶 | カーリング | 컬링
lacrosse | lacrosse | lacrosse | lacrosse | lacrosse | lacrosse | 长曲棍球 | ラクロス | 라크로스
fencing, fencer | esgrima, esgrimista | escrime, escrimeur | fechten, fechter | schermidor |
    esgrima, esgrimista | 击剑 | フェンシング | 펜싱
archery, archers |  | | bogenschieß |  | | 射箭 | アーチェリー, 弓道 | 양궁
badminton | bádminton | badminton | badminton | badminton | badminton | 羽毛球 | バドミントン | 배드민턴
cricket | críquet | | cricket | | críquete | 板球 | クリケット | 크리켓
handball | balonmano | handball | handball | pallamano | handebol, andebol | 手球 | ハンドボール | 핸드볼
boxing | boxeo, boxeador | boxeur | boxkampf | pugilato, pugile | boxeador, pugilista | 拳击 | ボクシング
    | 권투, 복싱
wrestling, wrestler |  | | ringkampf | | | 摔跤 | レスリング | 레슬링
pilates | pilates | pilates | pilates | pilates | pilates | 普拉提 | ピラティス | 필라테스
crossfit | crossfit | crossfit | crossfit | crossfit | crossfit | 混合健身 | クロスフィット | 크로스핏
orienteering | | | orientierungslauf | orienteering | | 定向越野 | オリエンテーリング | 오리엔티어링
stopwatch, stopwatches | cronómetro, cronómetros | chronomètre, chronomètres | stoppuhr |
    cronometro, cronometri | cronômetro | 秒表 | ストップウォッチ | 스톱워치
boardgame, boardgames | | | brettspiel | | tabuleiro | 桌游 | ボードゲーム | 보드게임
jigsaw, jigsaws | rompecabezas, puzle, puzles | | puzzlespiel | | | 拼图 | ジグソーパズル | 직소퍼즐
crossword, crosswords | crucigrama, crucigramas | cruciverbiste | kreuzworträtsel | cruciverba | |
    填字游戏 | クロスワード | 십자말풀이, 크로스워드
sudoku | sudoku | sudoku | sudoku | sudoku | sudoku | 数独 | 数独 | 스도쿠
scrapbooking | scrapbooking | scrapbooking | scrapbooking | scrapbooking | scrapbooking | 剪贴簿 |
    スクラップブッキング | 스크랩북
allotment, allotments | | | schrebergarten, kleingarten | | | 市民农园 | 市民農園 | 주말농장
philatel, stamps | filatel, sellos | philatél | philatel, briefmarken | filatel, francobolli |
    filatel | 集邮 | 切手収集 | 우표수집
poker | póker | poker | poker | poker | pôquer | 扑克 | ポーカー | 홀덤
mahjong | mahjong | mahjong | mahjong | mahjong | mahjong | 麻将 | 麻雀 | 마작
baduk, weiqi | | | | | | 围棋 | 囲碁 | 바둑
darts | dardos | fléchettes | dartscheibe | freccette | | 飞镖 | ダーツ | 다트
billiards, snooker | billar, billares | billard | billard | biliardo | bilhar, sinuca | 台球, 桌球 |
    ビリヤード | 당구장, 포켓볼
bowling | bolera, boleras | | kegelbahn, kegeln | | boliche | 保龄球 | ボウリング | 볼링
cosplay, cosplayer | cosplay | cosplay | cosplay | cosplay | cosplay | 角色扮演 | コスプレ | 코스프레
geocaching | geocaching | geocaching | geocaching | geocaching | geocaching | 地理寻宝 | ジオキャッシング |
    지오캐싱
kite, kites, kitesurf | papalote | cerf-volant | drachensteigen, lenkdrachen, kitesurf | aquilone,
    aquiloni | | 风筝 | 凧揚げ | 연날리기
proofreading, proofreader, proofreaders | correctora | relecture, relectrice | korrektorat,
    korrektor | correttore, correttrice | revisora | 校对 | 校閲 | 교열
glossary, glossaries | glosario, glosarios | glossaire, glossaires | glossar | glossario, glossari
    | glossário | 术语表 | 用語集 | 용어집
terminolog | terminolog | terminolog | terminolog | terminolog | terminolog | 术语学 | 専門用語 | 전문용어
manuscript, manuscripts | manuscrito, manuscritos | manuscrit, manuscrits | manuskript |
    manoscritto, manoscritti | manuscrito, manuscritos | 手稿 | 原稿 |
typesetting, typesetter | maquetación, maquetador | maquettiste | schriftsetzer, buchsatz |
    impaginazione | diagramação, diagramador | | 組版 | 조판
ebook, ebooks | ebook | ebook | ebook | ebook | ebook | 电子书 | 電子書籍 | 전자책
audiobook, audiobooks | audiolibro, audiolibros | audiolivre | hörbuch, hörbücher | audiolibro,
    audiolibri | audiolivro, audiolivros | 有声书 | オーディオブック | 오디오북
royalties | | redevances | tantiemen | | | 版税 | 印税 |
ghostwriter, ghostwriters | ghostwriter | prête-plume | ghostwriter | ghostwriter | | 代笔 | ゴーストライター
    | 대필작가
adjuster, adjusters | siniestros | sinistres | schadensregul, schadenregul, schadensfall,
    schadensmeld | liquidatore, liquidatori | sinistros | 理赔 | 損害査定 | 손해사정
underwriting, underwriter, underwriters | | | risikoprüfung | assuntore | | 核保 | アンダーライティング |
    언더라이팅, 인수심사
reinsur | reasegur | réassureur | rückversicher | riassicur | resseguro | 再保险 | 再保険 | 재보험
deductible, deductibles | | | selbstbeteiligung, selbstbehalt | franchigia | | 免赔额 | 免責金額 | 자기부담금
hedging | | | | | | 对冲 | ヘッジ | 헤지
broker, brokers, brokerage | | courtier, courtiers, courtage | makler | broker | corretor,
    corretora | 经纪人 | ブローカー, 仲介業者 | 브로커, 중개인
vocational | | | berufsschule, berufsausbildung | | | 职业学校, 职校 | 専門学校 | 직업학교
mooc, moocs | mooc | mooc | mooc | mooc | mooc | 慕课 | ムーク | 무크
homeschool | | | hausunterricht | | | 在家上学 | ホームスクーリング | 홈스쿨링
deans | decano, decana | doyen | dekan, dekanin | | | 学院院长 | 学部長 | 학장
flashcards | | | karteikarten | | | 单词卡 | 単語カード | 단어카드
erasmus | erasmus | erasmus | erasmus | erasmus | erasmus | 交换生 | 交換留学 | 교환학생
rabies | | | tollwut | | | 狂犬病 | 狂犬病 | 광견병
varicella | varicela | varicelle | windpocken | varicella | varicela | 水痘 | 水ぼうそう, 水痘 |
cholera | | choléra | cholera | | | 霍乱 | コレラ | 콜레라
polio, poliomyelitis | polio, poliomielitis | polio, poliomyélite | polio | polio, poliomielite |
    pólio, poliomielite | 小儿麻痹, 脊髓灰质炎 | ポリオ | 소아마비
ventilators | respirador, respiradores | respirateur, respirateurs | beatmungsgerät | respiratore |
    respirador, respiradores | 呼吸机 | 人工呼吸器 | 인공호흡기
cpr, resuscitation | rcp | rcp | | rcp | rcp | 心肺复苏 | 心肺蘇生 | 심폐소생술
bariatr | bariátric | bariatr | bariatr, magenverkleinerung | bariatr | bariátric | 减重手术 | 肥満外科 |
    비만대사수술
osteosynth | osteosínt | ostéosynth | osteosynth | osteosint | osteossínt | 内固定 | 骨接合 | 골절고정
nap, naps | siesta, siestas | sieste, siestes | nickerchen, mittagsschlaf | pisolino, pennichella |
    soneca, cochilo | 午睡 | 昼寝 | 낮잠
jetlag | jetlag | jetlag | jetlag | jetlag | jetlag | 倒时差 | 時差ぼけ | 시차적응
lactose | lactosa | lactose | laktose | lattosio | lactose | 乳糖 | 乳糖 | 유당불내증
pickleball | pickleball | pickleball | pickleball | pickleball | pickleball | 匹克球 | ピックルボール | 피클볼
bobsleigh, bobsled | bobsleigh | bobsleigh | bobsport, bobfahren | | bobsled | 雪车 | ボブスレー | 봅슬레이
biathl | biatl | biathl | biathl | biathl | biatl | 冬季两项 | バイアスロン | 바이애슬론
motocross | motocross | motocross | motocross | motocross | motocross | 越野摩托 | モトクロス | 모토크로스
karting | karting | karting | kartbahn | karting | | 卡丁车 | ゴーカート | 카트레이싱
jitsu, jujitsu | jitsu | jitsu | jitsu | jitsu | jitsu | 柔术 | 柔術 | 주짓수
kickbox | kickbox | kickbox | kickbox | kickbox | kickbox | 踢拳 | キックボクシング | 킥복싱
bootcamp, bootcamps | bootcamp | bootcamp | bootcamp | bootcamp | bootcamp | 训练营 | ブートキャンプ | 부트캠프
diorama, dioramas, modelmaking | modelismo, maquetismo | modélisme | modellbau, modelleisenbahn,
    dioramen | modellismo, diorami | ferromodelismo | 拼装模型 | プラモデル, 鉄道模型, ジオラマ | 프라모델, 디오라마
terrari | terrari | terrari | terrari | terrari | terrári | 生态缸 | テラリウム | 테라리움
houseplants, houseplant | | | zimmerpflanze | | | 室内植物 | 観葉植物 | 반려식물
tarot | tarot | tarot | tarot | tarocchi | | 塔罗 | タロット | 타로카드
rubik | rubik | rubik | rubik, zauberwürfel | rubik | rubik | 魔方 | ルービック | 루빅스
backgammon | backgammon | backgammon | backgammon | backgammon | gamão | 双陆棋 | バックギャモン | 백개먼
dominoes | | dominos | | | | 多米诺 | ドミノ | 도미노
headmaster, headmistress, headteacher | | proviseur | schulleiter, schulleiterin | | | 校长 | 校長 | 교장
antholog | antolog | antholog | antholog | antolog | antolog | 选集 | アンソロジー | 앤솔러지
apostille | apostilla | apostille | apostille | apostille | | 海牙认证 | アポスティーユ | 아포스티유
bestseller, bestsellers | bestseller, superventas | bestseller | bestseller | bestseller |
    bestseller | 畅销书 | ベストセラー | 베스트셀러
trados, memoq | trados, memoq | trados, memoq | trados, memoq | trados, memoq | trados, memoq | | |
fansub, fansubs | fansub | fansub | fansub | fansub | fansub | 字幕组 | ファンサブ | 팬자막
annuity, annuities | | viager | leibrente | vitalizio | | 年金保险 | 個人年金 | 연금보험
escrow | | séquestre | treuhand | | | 第三方托管 | エスクロー | 에스크로
pawnshop, pawnshops, pawnbroker | | | pfandhaus, pfandleih | | penhor, penhores | 当铺 | 質屋 | 전당포
factoring | factoring | affacturage | factoring | factoring | factoring | 保理 | ファクタリング | 팩토링
remittance, remittances | remesas | | | rimesse | | 汇款 | 海外送金 | 해외송금
paraglid | parapente | parapente | gleitschirm | parapendio | parapente | 滑翔伞 | パラグライダー | 패러글라이딩
skydiv | paracaidis | parachutis | | paracadutis | paraquedis | 跳伞 | スカイダイビング | 스카이다이빙
snorkel | esnórquel | | schnorchel | snorkeling | snorkel | 浮潜 | シュノーケリング | 스노클링
rafting | rafting | rafting | rafting | rafting | rafting | 激流漂流 | ラフティング | 래프팅
zumba | zumba | zumba | zumba | zumba | zumba | 尊巴 | ズンバ | 줌바
taichi | taichi | taichi | taichi | taichi | taichi | 太极拳 | 太極拳 | 태극권
prenatal | prenatal | prénatal | pränatal | prenatal | | 产前检查 | 妊婦健診 | 산전검사
sauna, saunas | sauna, saunas | sauna, saunas | sauna | sauna | sauna | 桑拿 | サウナ | 사우나
"""

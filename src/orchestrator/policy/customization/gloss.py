"""More topics for the cross-language gloss (:data:`.crosslang.GLOSS`): common concrete
things people note about a contact (trades, foods, crafts, sports, industries, objects,
fields), data only, read with :mod:`.crosslang` (so only for a message in another language
than its notes).

One topic a line, in the columns and with the matching rules of ``crosslang._GLOSS_TABLE``:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean.
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("panader" -> "panadería", "panadero")
and a whole word where a stem would start unrelated words ("restaurado", not "restaur",
which starts "restaurant"); German compounds match by their first part ("Fahrrad" ->
"Fahrradladen"). Shorter forms match a whole word or its plural. CJK forms match anywhere,
two characters or more. Generic things (an event, a workshop, a talk, a post) stay out:
see ``lexicon.GENERIC_WORDS``; so do words that are also stop words in another of the
languages (a test checks).
"""

TABLE = """tram, trams, tramway, tramways, streetcar | tranvía, tranvías | tramway, tramways |
    straßenbahn, tram | tranvia, tranvie | bonde, bondes | 有轨电车 | 路面電車 | 트램, 노면전차
bakery, bakeries | panader | boulang | bäckerei, bäckermeister | panetteria, panifici,
    fornaio, fornai | padaria, padeiro, padeira | 面包店, 烘焙 | パン屋, ベーカリー | 빵집, 베이커리, 제과점
restored, restoring, restoration, restore | restauración, restaurado, restaurada, restaurar,
    restauró | restauré, restaurée, restaurer | restauriert, restaurierung | restaurato,
    restaurata, restauro, restaurare | restaurado, restaurada, restauração, restaurar |
    修复, 翻新 | 修復, 改修 | 복원, 리모델링
bread, breads | | | brot | | pão | 面包 | 食パン | 식빵
roastery, roaster, roasting | tostador, tostadero | torréfact | rösterei | torrefazion |
    torrefação, torrefador | 烘焙咖啡, 咖啡烘焙 | 焙煎 | 로스터리, 로스팅
cheese, cheeses, cheesemaker | queso, quesos, queser | fromage | käse, käserei | formagg |
    queijo, queijos, queijar | 奶酪 | チーズ | 치즈
beer, beers, brewery, breweries, brewer, brewing | cerveza, cervecer | bière, brasserie |
    brauerei, bier, biere | birra, birre, birrific | cerveja, cervejar | 啤酒 | ビール, 醸造 |
    맥주, 양조
chocolate, chocolatier | chocolat | chocolat | schokolad | cioccolat | chocolat | 巧克力 |
    チョコレート | 초콜릿
beekeeping, beekeeper, beehives, beehive | apicult, colmena | apicult, ruche | imker, bienenst |
    apicolt, alveare, alveari | apicult, colmeia | 蜂蜜, 养蜂 | 養蜂, 蜂蜜 | 양봉, 꿀벌
olives | aceitun, olivar | oliveraie | olivenöl, oliven | olivicolt, uliveto |
    azeite, azeitona, olival | 橄榄 | オリーブ | 올리브
tea, teas | | | tee | | | 茶园, 茶叶, 喝茶, 红茶, 绿茶, 白茶 | 紅茶, 緑茶, 茶畑 | 녹차, 홍차, 차밭
pasta | pasta | pâtes | nudeln | pasta | macarrão | 意面, 面条 | パスタ | 파스타
pizza | pizza | pizza | pizza | pizza | pizza | 披萨 | ピザ | 피자
sushi | sushi | sushi | sushi | sushi | sushi | 寿司 | 寿司, すし | 초밥, 스시
ramen | ramen | ramen | ramen | ramen | lámen, ramen | 拉面 | ラーメン | 라멘
kimchi | kimchi | kimchi | kimchi | kimchi | kimchi | 泡菜 | キムチ | 김치
dumplings | | | teigtasch | | | 饺子 | 餃子 | 만두
vegan | vegan | vegan | vegan | vegan | vegan | 纯素 | ヴィーガン, ビーガン | 비건
restaurant, restaurateur | restaurant | restaurant | restaurant | ristorant | restaurant |
    餐厅, 饭店 | レストラン | 레스토랑, 식당
cooking, cuisine, culinary | cocinero, cocinera, cocina, culinari | cuisinier, cuisinière,
    culinaire | köchin, kochen, kochkurs | cuoco, cuoca, cucina, culinari | cozinheir, culinári |
    厨师, 烹饪 | 料理人, シェフ | 요리사, 셰프
carpentry, woodworking, joinery | carpinter, ebanist | menuisier, menuiserie, ébéniste |
    tischler, schreinerei | falegnam | carpinteir, marceneir | 木工, 木匠 | 木工, 大工 | 목공, 목수
ceramic, pottery | cerámic, alfarer | céramique, poterie | keramik, töpfer | ceramic |
    cerâmic, olaria, oleiro | 陶艺, 陶瓷 | 陶芸, 陶器 | 도예, 도자기
knitting, knit, yarn | tejer, ganchillo | tricot | strickgarn | uncinetto | tricô, crochê |
    编织, 毛线 | 編み物 | 뜨개질
sewing, tailoring | costura, sastrería | couture, tailleur | schneiderei, nähkurs | sartoria,
    cucito, sarto | costura, alfaiat | 缝纫, 裁缝 | 裁縫, 縫製 | 재봉, 봉제
weaving, textil | tejedur, textil | tissage, textil | weberei, textil | tessitur, tessil |
    tecelagem, têxtil | 纺织 | 織物, 繊維 | 직물, 섬유
leather, leatherwork | cuero, marroquiner | cuir, maroquiner | leder | pelletteria, cuoio |
    couro | 皮革 | 革製品, レザー | 가죽
jewelry, jewellery, jeweller, jeweler | joyería, joyero | bijoux, bijouterie, joaill |
    schmuck, juwelier | gioiell | joalher, joias | 珠宝, 首饰 | 宝飾, ジュエリー | 주얼리, 보석
glassblowing, glassblower | vidrier | verrier, vitrail, vitraux | glasbläser, glasmalerei |
    vetrate | vitral, vidreir | 玻璃工艺 | ガラス工芸, 吹きガラス | 유리공예
blacksmith, forging, metalwork | herrero, herrería, forja | forgeron, ferronn | schmied |
    fabbro | ferreiro, serralh | 铁匠, 锻造 | 鍛冶, 鍛造 | 대장간, 단조
printmaking, letterpress | imprenta | imprimerie, gravure | druckerei | tipografi, stamperia |
    gravura | 印刷 | 版画 | 판화
photography, photographer | fotograf | photograph | fotograf | fotograf | fotógraf |
    摄影 | 写真 | 사진
painter, painting, watercolor, watercolour | pintura, pintor, acuarela | peintur, peintre,
    aquarelle | malerei, aquarell | pittur, pittor, acquerell | pintura, pintor, aquarela |
    绘画, 画家, 水彩 | 絵画, 画家, 水彩 | 그림, 화가, 수채화
sculpture, sculptor | escultur, escultor | sculptur, sculpteur | skulptur, bildhauer |
    scultur, scultore | escultur, escultor | 雕塑 | 彫刻 | 조각가
calligraphy | caligraf | calligraph | kalligraf | calligraf | caligraf | 书法 | 書道 | 서예
plumbing, plumber | fontaner, plomer | plombier, plomberie | klempner, sanitärinstall |
    idraulic | encanador | 水管工 | 配管 | 배관
electrician, electricians | electricista | électricien | elektriker | elettricist |
    eletricista | 电工 | 電気工事 | 전기기사
hairdresser, barbershop | peluquer, barbería, barbero | coiffeur, coiffeuse, barbier |
    friseur, barbier | parrucchier, barbiere | cabeleireir, barbearia, barbeiro | 理发, 美发 |
    美容室, 理容, 美容院 | 미용실, 이발소
florist, flowers, flower | florist, flores | fleuriste, fleurs | blumen, florist | fiori, fiorai,
    fiorist | florist, flores | 花店, 鲜花 | 花屋, 生花 | 꽃집, 플로리스트
bookshop, bookstore, bookseller | librería, librero | librairie, libraire | buchhandlung,
    buchhändler | libraio | livraria, livreiro | 书店 | 書店, 本屋 | 서점
librarian | bibliotec | bibliothèque, bibliothécaire | bibliothek, bücherei | bibliotec |
    bibliotec | 图书馆 | 図書館 | 도서관
novel, novels, novelist | novela, novelista | romancier, romancière | romanautor |
    romanzo, romanzi, romanziere | romancista | 小说 | 小説 | 소설
comics, comic, manga | cómic, historieta | bédé | comic | fumetti, fumetto |
    quadrinhos, gibis | 漫画 | 漫画, マンガ | 만화, 웹툰
hackathon, hackathons | hackathon, hackatón | hackathon | hackathon | hackathon | hackathon |
    黑客马拉松 | ハッカソン | 해커톤
documentary, documentaries | documental | documentaire | dokumentarfilm, doku, dokus |
    documentari | documentári | 纪录片 | ドキュメンタリー | 다큐멘터리, 다큐
film, films, movie, movies, filmmaker, cinema | película, cine, cineasta | cinéma, cinéaste |
    kino, spielfilm | cinema, regista | cinema, cineasta | 电影 | 映画 | 영화
theatre, theater | teatro, teatral | théâtre | theater | teatro, teatral | teatro, teatral |
    剧场, 话剧, 戏剧 | 演劇, 劇団 | 연극, 극단
choir, choirs, chorus | coro, coros | chorale, chœur | chor, chorgesang | coro, cori, corale |
    coro, coros | 合唱 | 合唱 | 합창
orchestras | orquesta | orchestre | orchester | orchestrale | orquestra | 乐团, 管弦乐 |
    オーケストラ, 管弦楽 | 오케스트라, 관현악
guitar | guitarra, guitarrist | guitare, guitariste | gitarre, gitarrist | chitarr | guitarra,
    violão | 吉他 | ギター | 기타리스트
pianist | pianista | pianiste | klavier, pianist | pianoforte, pianista | pianista | 钢琴 |
    ピアノ | 피아노
violin | violín | violon | geige, violine | violino | violino | 小提琴 | バイオリン, ヴァイオリン |
    바이올린
drums, drummer | baterista | batteur | schlagzeug | batterista | baterista | 鼓手, 架子鼓 |
    ドラム | 드럼
dance, dancing, dancer, ballet | baile, bailar, danza, bailarín | danse, danseur, danseuse |
    tanz, tänzer, tanzen | danza, ballerin | dança, dançar, bailarin | 舞蹈 | ダンス, 舞踊, バレエ |
    무용, 댄스, 발레
operas | | | oper, opern | lirica | | 歌剧 | オペラ | 오페라
vinyl | vinilo | vinyle | schallplatt, vinyl | vinile, vinili | vinil | 黑胶 | レコード |
    레코드, 바이닐
marathon | maratón | marathon | marathon | maratona | maratona | 马拉松 | マラソン | 마라톤
swimming, swimmer, swim | natación, nadador | natation, nageur | schwimm | nuoto, nuotator |
    natação, nadador | 游泳 | 水泳 | 수영
climbing, climber, bouldering | escalada, escalador | escalade, grimpeur | klettern, kletterer,
    bouldern | arrampicat | escalada, escalador | 攀岩 | クライミング, ボルダリング | 클라이밍, 암벽
hiking, hiker, trekking | senderismo, senderista | randonnée, randonneur | wandern, wanderung |
    escursion | trilha, caminhada | 徒步 | ハイキング | 하이킹
skiing, ski, skier | esquí, esquiar, esquiador | skieur | skifahr, skilauf | sciare, sciator |
    esqui, esquiador | 滑雪 | スキー | 스키
surfing, surfer, surf | surf, surfista | surfeur | surfer, surfen | surfista | surfista |
    冲浪 | サーフィン | 서핑
sailing, sailboat, regatta | velero, regata | voilier, régate | segeln, segler, segelboot, regatta |
    velista, regata | velejar, veleiro, regata | 帆船 | ヨット, 帆船 | 요트, 세일링
rowing, rower, kayak, kayaking, canoe | piragüismo, kayak | aviron, kayak, canoë | rudern, kajak,
    kanu | canottaggio, kayak, canoa | caiaque, canoagem | 划船, 皮划艇 | カヌー, カヤック | 카약, 카누
tennis | tenis | tennis | tennis | tennis | tênis | 网球 | テニス | 테니스
basketball | baloncesto, básquet | basketball | basketball | pallacanestro | basquete | 篮球 |
    バスケ | 농구
volleyball | voleibol, vóley | volley | volleyball | pallavolo | vôlei, voleibol | 排球 |
    バレーボール | 배구
baseball | béisbol | baseball | baseball | baseball | beisebol | 棒球 | 野球 | 야구
rugby | rugby | rugby | rugby | rugby | rúgbi | 橄榄球 | ラグビー | 럭비
golf | golf | golf | golf | golf | golfe | 高尔夫 | ゴルフ | 골프
chess | ajedrez | | schach | scacchi | xadrez | 国际象棋 | チェス | 체스
yoga | yoga | yoga | yoga | yoga | ioga | 瑜伽 | ヨガ | 요가
judo, karate, taekwondo | judo, kárate | judo, karaté | judo, karate, kampfsport | judo, karate |
    judô, caratê | 武术, 柔道, 空手道 | 武道, 柔道, 空手 | 무술, 태권도
triathlon | triatlón | triathlon | triathlon | triathlon | triatlo | 铁人三项 | トライアスロン |
    트라이애슬론
fishing, angler | pesca, pescador | pêcheur | angler, fischerei | pescator | pescador |
    钓鱼, 渔业 | 釣り, 漁業 | 낚시, 어업
horses, horse, equestrian | caballo, equitación | cheval, chevaux, équitation | pferd, reitsport |
    cavallo, cavalli, equitazion | cavalo, cavalos, equitação | 马术 | 乗馬, 馬術 | 승마
dogs, dog | perros, perro | chien, chiens | hund, hunde | cani | cachorro, cães | 狗狗, 小狗 |
    愛犬 | 강아지, 반려견
cats, cat | gatos, gato | | katze, katzen | gatti, gatto | gatos, gato | 猫咪 | 愛猫 | 고양이
motorcycle, motorbike | moto, motocicleta | moto, motocyclette | motorrad | moto, motocicletta |
    moto, motocicleta | 摩托 | バイク, オートバイ | 오토바이
automotive | automóvil, coches | automobile, voitures | autos, automobil | automobil |
    automóve, carros | 汽车 | 自動車 | 자동차
boat, boats, ship, ships, shipyard | barco, barcos, astillero | bateau, bateaux | boote, werft,
    schiff | barca, barche | barco, barcos, estaleiro, navio | 船只, 造船 | 造船, 船舶 | 선박, 조선소
ferry, ferries | ferri | traversier | | traghett | | 渡轮 | フェリー | 페리, 여객선
railway, railways, rail | ferrocarril, tren, trenes | ferroviaire, tgv | eisenbahn, bahn, zug,
    | treno, treni, ferrovi | trem, trens, ferrovi | 火车, 铁路, 高铁 | 鉄道, 電車 | 기차, 철도
bus, buses | autobús, autobuses | autobus | busse | autobus | ônibus | 公交, 巴士 | 路線バス |
    버스
airport, airline, aviation | aeropuerto, aerolínea, aviación | aéroport, aviation | flughafen,
    luftfahrt | aeroporto, aviazion | aeroporto, aviação | 机场, 航空 | 空港, 航空 | 공항, 항공
drone, drones | dron, drones | drone, drones | drohne, drohnen | drone, droni | drone, drones |
    无人机 | ドローン | 드론
app, apps | | appli, applis | app | app | aplicativo | 小程序 | アプリ | 어플
robot | robot | robot | robot | robot | robô | 机器人 | ロボット | 로봇
artifici | artifici | artifici | künstlich | artifici | artifici | 人工智能 | 人工知能 | 인공지능
 | | | | | | 机器学习 | 機械学習 | 머신러닝
cybersec | cibersegur | cybersécu | cybersicherheit | cybersicurezza | cibersegur | 网络安全 |
    サイバーセキュリティ | 사이버보안
privacy | privacidad | | datenschutz | privacy | privacidade | 隐私 | プライバシー, 個人情報 |
    개인정보
blockchain, crypto | blockchain, cripto | blockchain, crypto | blockchain, krypto |
    blockchain, cripto | blockchain, cripto | 区块链 | ブロックチェーン | 블록체인
videogame, gaming | videojuego | | videospiel, computerspiel | videogioc |
    videogame | 游戏 | ゲーム | 게임
accessibility | accesibilidad | accessibilité | barrierefrei | accessibilità | acessibilidade |
    无障碍 | アクセシビリティ, バリアフリー | 접근성, 배리어프리
wheelchair, wheelchairs | | | rollstuhl | carrozzina | cadeirante | 轮椅 | 車椅子, 車いす | 휠체어
blind, braille | ciegos, ciega, braille | aveugles, malvoyant, braille | blinde, blinden,
    sehbehindert, braille | ciechi, ipovedent, braille | cegos, cega, braille | 盲人, 视障, 盲文 |
    視覚障害, 点字 | 시각장애, 점자
deaf | sordos | sourds | gehörlos, gebärdensprache | sordi | surdos | 聋人, 手语 | 聴覚障害, 手話 |
    청각장애, 수어
logistic | logístic | logistique | logistik | logistic | logístic | 物流 | 物流 | 물류
warehouse, warehouses | almacén, almacenes | entrepôt | lagerhalle, lagerhaus | magazzin |
    armazém | 仓库 | 倉庫 | 창고
freight | flete | affrètement | fracht | | frete | 货运 | 貨物 | 화물
couriers, courier | repartidor | livreur | lieferdienst | fattorin | entregador, motoboy |
    快递, 外卖 | 宅配 | 택배, 배달
 | | | lieferkette | filiera | | 供应链 | サプライチェーン | 공급망
packaging | embalaje, envase | emballage | verpackung | imballagg | embalagem | 包装 |
    パッケージ | 포장, 패키징
compost, composting | compost, compostaje | compost, compostage | kompost | compost,
    compostaggio | compostagem | 堆肥 | 堆肥, コンポスト | 퇴비
plastic | plástic | plastique | plastik, kunststoff | plastic | plástic | 塑料 | プラスチック |
    플라스틱
water | agua | eau | trinkwasser | acqua | água | 饮用水, 净水 | 飲料水, 浄水 | 식수, 정수
wind | eólica, eólico, aerogenerador | éolien, éolienne | windkraft, windpark, windrad | eolico,
    eolica | eólica, eólico | 风电, 风能 | 風力 | 풍력
batteries, battery | baterías, batería | batteries | batterie, akku | batterie | bateria |
    电池 | 電池, バッテリー | 배터리
forest, forests, forestry, trees | bosque, bosques, forestal, árboles | forêt, forestier |
    wald, wälder, forstwirt | foresta, foreste, bosco, boschi | floresta, florestal | 森林, 林业 |
    森林, 林業 | 숲을, 산림
ocean, corals, reef | océano, arrecife | océan, récif | ozean, meeresschutz, korallen | oceano,
    coralli | oceano | 海洋, 珊瑚 | 海洋, サンゴ | 해양, 산호
birds, birdwatching | aves, pájaros | oiseaux, ornitholog | vögel, vogelbeobacht | uccelli |
    aves, pássaros | 观鸟, 鸟类 | 野鳥, バードウォッチング | 조류, 탐조
wildlife | fauna | faune | wildtier, naturschutz | fauna | fauna | 野生动物 | 野生動物 | 야생동물
biodivers | biodivers | biodivers | biodivers, artenvielfalt | biodivers | biodivers |
    生物多样性 | 生物多様性 | 생물다양성
urbanis | urbanis | urbanis | stadtplanung | urbanis | urbanis | 城市规划 |
    都市計画 | 도시계획
housing | vivienda, viviendas | logement, logements | wohnungsbau, wohnraum | alloggi |
    habitação, moradia | 住房, 保障房 | 住宅 | 주택
construction | construcción, constructora | bâtiment, chantier | bauwirtschaft, baustelle,
    bauunternehm | edilizia, cantiere | construção, construtora | 建设, 施工 | 建設, 施工 |
    건설, 시공
realtor, realtors | inmobiliari | immobilier, immobilière | immobilien | immobiliar |
    imobiliári | 房地产 | 不動産 | 부동산
hotel | hotel | hôtel | hotel | hotel, albergo, alberghi | hotel | 酒店 | ホテル, 旅館 | 호텔
touris | turis | touris | touris | turis | turis | 旅游 | 観光 | 관광
camping, campsite | camping, acampada | camping | camping, zelten | campeggio | camping,
    acampamento | 露营 | キャンプ | 캠핑
bank, banks, banking | banco, bancos, banca | banque, banques, bancaire | bank, banken |
    banca, banche, bancari | banco, bancos, bancári | 银行 | 銀行 | 은행
insurance, insurer | aseguradora | assureur | versicherung | assicurazion | seguradora |
    保险 | 保険 | 보험
payments, payment | pagos | paiement, paiements | zahlung | pagamenti | pagamentos | 支付 |
    決済 | 결제
accounting, accountant, bookkeeping | contabilidad, contable | comptabilité, comptable |
    buchhaltung, steuerberat | contabilità, commercialist | contabilidade, contador | 会计 |
    会計, 経理 | 회계
lawyer, lawyers | abogado, abogada, bufete | avocat, avocate | anwalt, anwältin, kanzlei |
    avvocat | advogad | 律师 | 弁護士, 法律事務所 | 변호사
pharmac | farmac | pharmac | apotheke, apotheker, pharma | farmac | farmác | 药房, 药店, 制药 |
    薬局, 薬剤師, 製薬 | 약국, 약사, 제약
physician, doctors | médico, médica, médicos | médecin, médecins | ärztin, arzt, ärzte |
    medico | médico, médica, médicos | 医生 | 医師 | 의사
surgery, surgeon | cirugía, cirujano | chirurg | chirurg | chirurg | cirurg | 外科, 手术 |
    外科, 手術 | 외과, 수술
psycholog, therapy | psicolog, terapia | psycholog, thérapie | psycholog, therapie | psicolog,
    terapia | psicólog, terapia | 心理 | 心理, メンタルヘルス | 심리, 정신건강
elderly, seniors | ancianos | ehpad | senioren, altenheim, pflegeheim | anziani | idosos |
    老人, 养老 | 高齢者, 介護 | 노인, 어르신, 요양
babies, baby, newborn, maternity | bebés, bebé, maternidad | bébés, bébé, maternité | babys,
    neugeboren, geburtshilf | neonati, neonato, maternità | bebês, bebê, maternidade | 婴儿, 母婴 |
    赤ちゃん, 乳児 | 아기, 신생아
diabet | diabet | diabèt | diabet | diabet | diabet | 糖尿病 | 糖尿病 | 당뇨
cancer, oncolog | cáncer, oncolog | cancer, oncolog | krebs, onkolog | cancro, tumore, oncolog |
    câncer, oncolog | 癌症, 肿瘤 | 腫瘍 | 종양
vaccin | vacuna, vacunación | vaccin | impfung, impfstoff | vaccin | vacina | 疫苗 | ワクチン |
    백신
physiotherap | fisioterap | kinésithérap, physiothérap | physiotherap | fisioterap | fisioterap |
    康复, 理疗 | 理学療法, リハビリ | 물리치료, 재활
veterinar | veterinari | vétérinaire | tierarzt, tierärztin, tierklinik | veterinari |
    veterinári | 兽医 | 獣医 | 수의사, 동물병원
nutrition, nutritionist, dietitian | nutrición, nutricionista, dietista | nutrition,
    nutritionniste, diététicien | ernährung | nutrizion, dietist | nutrição, nutricionista |
    营养 | 栄養 | 영양
fitness, gym, gyms | gimnasio, gimnasios | fitness | fitnessstudio, fitness | fitness | fitness |
    健身 | ジム, フィットネス | 헬스장, 피트니스
school, schools | escuela, escuelas, colegio | école, écoles | schule, schulen | scuola, scuole |
    escola, escolas | 学校 | 学校 | 학교
university, universities | universidad | université | universität, hochschule | università,
    ateneo | universidade | 大学 | 大学 | 대학
kindergarten, preschool, daycare | guardería, preescolar | crèche, maternelle | kindergarten,
    kita | | creche | 幼儿园 | 幼稚園, 保育園 | 유치원, 어린이집
mentor | mentor | mentor | mentor | mentor | mentor | 导师 | メンター | 멘토
volunteer | voluntari | bénévole, bénévolat | ehrenamt, freiwillig | volontari | voluntári |
    志愿 | ボランティア | 봉사
refugees, refugee, migrant | refugiados, migrant | réfugiés, migrant | geflüchtete, flüchtling,
    migrant | rifugiati, migrant | refugiados, migrant | 难民 | 難民 | 난민
museum | museo | musée | museum, museen | museo, musei | museu | 博物馆, 美术馆 | 博物館, 美術館 |
    박물관, 미술관
gallery | galería | galerie | galerie | galleria | galeria | 画廊 | ギャラリー, 画廊 | 갤러리
historian, archaeolog, archeolog | historiador, arqueolog | historien, archéolog | historiker,
    archäolog | archeolog | historiador, arqueolog | 历史学, 考古 | 歴史学, 考古 | 역사학, 고고학
astronom, telescope | astronom, telescopio | astronom, télescope | astronom, teleskop |
    astronom, telescopio | astronom, telescópio | 天文 | 天文 | 천문
satellit, rocket | satélite, cohete | satellit, fusée | satellit, rakete | satellit, razzo |
    satélite, foguete | 卫星, 火箭 | 衛星, ロケット | 위성, 로켓
chemistry, chemist | química, químico | chimie, chimiste | chemie, chemiker | chimica, chimico |
    química, químico | 化学 | 化学 | 화학
mathemat, math, maths | matemátic | mathémat | mathemati | matematic | matemátic | 数学 | 数学 |
    수학
sommelier | sumiller | sommelier, dégustation | sommelier, weinprobe | sommelier, degustazion |
    sommelier, degustação | 品酒, 侍酒师 | ソムリエ, 試飲 | 소믈리에, 시음
vineyard, vineyards, vintner, winemaker | viñedo, viñedos, viticult | vigneron, viticult |
    weinberg, winzer, weinbau | vigneto, vigneti, viticolt | vinhedo, vinha, viticult | 葡萄园 |
    ブドウ畑, ぶどう畑 | 포도밭, 포도원
orchard, apples | frutal, manzana, manzanas | verger, pommes | obstgarten, obstbau, äpfel |
    frutteto, mele | pomar, maçãs | 果园, 苹果 | 果樹園, リンゴ | 과수원, 사과
rice | arroz | rizière | reisfeld, reisanbau | risaia | arroz | 大米, 稻米, 水稻 | 米作り, 稲作 |
    쌀농사, 벼농사
cattle, dairy, cows, livestock | ganado, lechería, vacas | bétail, laitier, laitière, vaches |
    rinder, milchvieh, kühe, molkerei | bestiame, caseific, mucche | gado, laticínio, vacas |
    奶牛, 畜牧 | 酪農, 畜産 | 낙농, 축산, 젖소
seeds, seed | semillas | semences, graines | saatgut | sementi | sementes | 种子 | 種子 | 씨앗, 종자
organic | orgánic | biologique | biobauer, bioland | biologico | orgânic | 有机 | 有機, オーガニック |
    유기농
fashion, clothing, apparel | moda, ropa | vêtements | bekleidung | moda, abbigliamento | moda,
    roupas, vestuário | 时装, 服装 | ファッション, アパレル | 패션, 의류
shoes, footwear, sneakers | zapatos, calzado, zapatillas | chaussures | schuhe, sneaker | scarpe,
    calzatur | sapatos, calçado | 鞋履, 球鞋 | スニーカー | 신발, 운동화
furniture | muebles, mobiliario | meubles, mobilier | möbel | arredament | móveis, mobiliário |
    家具 | 家具 | 가구
cosmetic, skincare | cosmétic | cosmétique | kosmetik, hautpflege | cosmetic | cosmétic |
    化妆品, 护肤 | 化粧品, スキンケア | 화장품, 스킨케어
toys, toy | juguete | jouet | spielzeug | giocattol | brinquedo | 玩具 | おもちゃ, 玩具 | 장난감
handbags, handbag | bolsos, bolso | maroquinerie | handtasche | borsette | |
    手提包 | バッグ | 가방
watches, watchmaking, watchmaker | relojer, relojes | horloger, montres | uhrmacher, uhren |
    orolog | relojoari, relógios | 手表, 钟表 | 時計 | 시계
steel, steelworks | acero, acería, siderurg | acier, aciérie, sidérurg | stahl, stahlwerk |
    acciaio, acciaier, siderurg | aço, siderúrg | 钢铁 | 鉄鋼, 製鉄 | 철강, 제철
mining, miners | minería, minero | mines, mineurs, minier | bergbau, bergwerk | miniera,
    minerari | mineração, mineradora | 矿山, 采矿 | 鉱山, 採掘 | 광산, 광업
petroleum, refinery | petróleo, refinería | pétrole, raffinerie | erdöl, raffinerie | petrolio,
    raffineria | petróleo, refinaria | 石油, 炼油 | 石油, 製油 | 석유, 정유
semiconductor | semiconductor | semiconducteur | halbleiter | semicondutt | semicondut |
    半导体, 芯片 | 半導体 | 반도체
telecom | telecom, telefonía | télécom | telekom, mobilfunk | telecom, telefonia | telecom,
    telefonia | 电信 | 電気通信 | 통신사
journalis, newspaper | periodis | journalis | journalis, zeitung | giornalis | jornalis, jornal |
    新闻, 记者 | 新聞, 記者 | 기자, 신문
radio | radio, emisora | radio | radio, radiosender | radio | rádio | 电台, 广播 | ラジオ | 라디오
advertising, ads | publicidad, anuncios | publicité | werbung, werbeagentur | pubblicità |
    publicidade, anúncios | 广告 | 広告 | 광고
publishing, publisher | editora | éditeur, éditrice | verlag, verleger | editore | editora |
    出版 | 出版 | 출판
interpreter, interpreters | | interprétariat | dolmetsch | interpretariato | | 口译 | 通訳 | 통역
recruiting, recruiter | reclutamiento, reclutador | recrutement, recruteur | personalvermittl,
    recruiting | reclutamento | recrutamento, recrutador | 招聘 | 採用 | 채용
payroll | | | lohnabrechnung, gehaltsabrechnung | cedolini | | 工资, 薪资 | 給与計算 | 급여
ecommerce | ecommerce | ecommerce | onlineshop, onlinehandel | ecommerce | ecommerce |
    电商 | 通販, ネットショップ | 이커머스, 쇼핑몰
retail, retailer | minorista | | einzelhandel | | varejo, varejista | 零售 | 小売 | 소매, 리테일
wedding, weddings | boda, bodas | mariage, mariages | hochzeit | matrimoni, nozze |
    casamento, casamentos | 婚礼 | 結婚式, ウェディング | 결혼식, 웨딩
playground, playgrounds | | | spielplatz, spielplätze | | parquinho | 游乐场 | 遊具 | 놀이터
tunnel, tunnels | túnel, túneles | tunnel | tunnel | traforo | túnel | 隧道 | トンネル | 터널
lighthouse, lighthouses | faros | phare, phares | leuchtturm | | farol, faróis | 灯塔 |
    灯台 | 등대
castle, castles | castillo, castillos | château, châteaux | burg, schloss | castello, castelli |
    castelo, castelos | 城堡 | 古城 | 고성
church, churches, cathedral | iglesia, catedral | église, cathédrale | kirche, kathedrale |
    chiesa, chiese, cattedrale, duomo | igreja, catedral | 教堂 | 教会, 大聖堂 | 교회, 성당
mill, mills, watermill, windmill | molino, molinos | moulin, moulins | mühle | mulino, mulini |
    moinho, moinhos | 磨坊, 风车 | 水車, 風車 | 방앗간, 풍차
barn, farmhouse | granero, cortijo, masía | grange | scheune, bauernhof | fienile, cascina,
    masseria | celeiro | 谷仓, 农舍 | 納屋 | 헛간
factory, factories | fábrica, fábricas | usine, usines | fabrik | fabbrica, stabiliment |
    fábrica, fábricas | 工厂 | 工場 | 공장
depot, depots | cochera, cocheras | dépôt, dépôts | depot, betriebshof | | garagem |
    车库, 车场 | 車庫 | 차고, 차량기지
japanese | japonés, japonesa, japoneses | japonais | japanisch | giappones | japonês,
    japonesa | 日本 | 日本, 和風 | 일본
korean | coreano, coreana, coreanos | coréen, coréenne | koreanisch | coreano, coreana |
    coreano, coreana | 韩国 | 韓国 | 한국
italian | italiano, italiana, italianos, italianas | italien, italienne | italienisch |
    italiano, italiana, italiani, italiane | italiano, italiana | 意大利 | イタリア | 이탈리아
french | francés, francesa, franceses | français, française | französisch | francese,
    francesi | francês, francesa | 法国 | フランス | 프랑스
german | alemán, alemana, alemanes | allemand, allemande | deutsch | tedesco, tedesca,
    tedeschi | alemão, alemã, alemães | 德国 | ドイツ | 독일
spanish | español, española, españoles | espagnol, espagnole | spanisch | spagnolo,
    spagnola | espanhol, espanhola | 西班牙 | スペイン | 스페인
bookbinding, bookbinder, bookbinders | encuadernación, encuadernador, encuadernadora |
    reliure, relieur, relieuse | buchbinde | legatoria, legatore, legatrice | encadernação,
    encadernador, encadernadora | 装订, 书籍装帧 | 製本 | 제본
acquisition, acquisitions, acquire, acquiring, takeover, buyout | adquisición, adquisiciones,
    adquirir | rachat, racheter, acquisition | übernahme, übernehmen, zukauf | acquisizion,
    acquisire | aquisição, aquisições, adquirir | 收购, 并购 | 買収 | 인수합병
competitor, competitors, rival, rivals | competidor, competidores | concurrent, concurrents,
    concurrente | konkurrent, wettbewerber | concorrent | concorrent | 竞争对手, 竞品 | 競合 |
    경쟁사, 경쟁업체
"""

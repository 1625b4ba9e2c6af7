"""Commerce topics for the cross-language gloss (:data:`.crosslang.GLOSS`): the retail,
hospitality, food-service, marketing, e-commerce, subscription, customer-service, staffing
and reporting vocabulary that notes about shopkeepers, restaurateurs, marketers and
operations people use (shops and sales, menus and seasons, subscriptions and churn, shifts
and wages, reports and KPIs), data only, read with :mod:`.crosslang` (so only for a message
in another language than its notes): "订阅盒模式和邮件营销" and "subscription boxes" /
"email marketing", "날씨 기반 수요 예측" and "weather-based demand forecasting",
"9개 매장 일매출" and "daily sales for 9 shops".

One topic a line, in the columns and with the matching rules of :mod:`.gloss`:
English | Spanish | French | German | Italian | Portuguese | Chinese | Japanese | Korean,
forms separated by commas, a line starting with four spaces going on with the line before.
Latin forms of five letters or more match the beginning of a word, so a stem is written
where its longer words would all be the same thing ("abonne" -> "abonnement", "abonnés")
and whole words where a stem would start unrelated words ("tenants", not "tenant", which is
French "en tenant compte"; "informes", not "informe", which starts "informel"; no "excel",
which starts "excellent"; no "precio", which starts "precioso"). Shorter forms match a
whole word or its plural. CJK forms match anywhere, two characters or more, so none may sit
inside a common unrelated word: "수요예측", not "수요", which is inside "수요일"; "청소업체",
not "청소", inside "청소년"; "ペット用品", not "ペット", inside "カーペット"; "自动续费", not
"续费", inside "手续费". No form is a phrase: words are matched one at a time. Generic things
(email, a newsletter, customers, a campaign) stay out: see ``lexicon.GENERIC_WORDS``; so do
forms that are, or start, a stop word of any of the languages (a test checks).
"""

TABLE = """subscription, subscriptions, subscribe, subscriber, subscribers | suscripción,
    suscripciones, suscriptor, suscriptores | abonnement, abonnements, abonné, abonnés | abonnement,
    abonnent, abonnenten, abo | abbonamento, abbonamenti, abbonati | assinatura, assinaturas,
    assinante, assinantes | 订阅, 订阅制 | サブスク, 定期購入, 定期便, 購読 | 구독, 정기구독, 정기배송
box, boxes | caja, cajas | boîte, boîtes, coffret, coffrets | box, boxen, kiste, kisten | scatola,
    scatole | caixa, caixas | 盒子, 订阅盒, 盲盒 | ボックス | 박스
marketing, marketer, marketers | marketing, mercadeo, mercadotecnia | marketing | marketing |
    marketing | marketing | 营销, 市场营销 | マーケティング | 마케팅
weather | | météo | wetter | | | 天气 | 天気, 天候 | 날씨
rain, rainy, rainfall | lluvia, lluvias, lluvioso | pluie, pluies, pluvieux | niederschlag, regnet,
    regentag, regenwetter | pioggia, piogge, piovoso | chuva, chuvas, chuvoso | 下雨, 降雨, 雨天, 降水 | 雨天,
    降雨, 梅雨, 雨の日 | 우천, 강우, 강수량
demand | demanda, demandas | | | | demanda, demandas | 市场需求, 需求量, 需求波动, 需求预测 | 需要 | 수요예측, 수요량, 수요가,
    수요를, 수요의, 수요와, 수요는
seasonal, seasonality, seasons | temporada, temporadas, estacional, estacionalidad | saison,
    saisons, saisonnier, saisonnalité | saison, saisonal, saisonbedingt | stagione, stagioni,
    stagionale, stagionalità | sazonal, sazonalidade, temporada | 季节, 时令, 旺季, 淡季 | 季節, シーズン, 繁忙期,
    閑散期 | 시즌, 계절, 성수기, 비수기
menu, menus | menú, menús | menu, menus | speisekarte, menü | menu, menù | cardápio, cardápios,
    menu | 菜单, 菜品, 新菜 | メニュー, 献立 | 메뉴, 식단
shop, shops, stores, storefront, storefronts | tienda, tiendas | boutique, boutiques, magasin,
    magasins | filiale, filialen, ladengeschäft | negozio, filiale | loja, lojas | 门店, 店铺, 实体店, 商店,
    便利店, 连锁店 | 店舗, 実店舗, 店頭, コンビニ, チェーン店 | 매장, 점포, 상점, 편의점, 체인점
sales | ventas | ventes | verkauf, verkäufe | vendite, vendita | vendas | 销售, 销量, 营业额, 销售额 | 販売, 売上,
    売り上げ, 日販 | 판매, 매출, 판매량
revenue, revenues | ingresos | | umsatz, umsätze | ricavi | | 营收, 收入 | 収益, 売上高 | 수익, 매출액
profits, profitable, profitability | rentabilidad | rentabilité | rentabilität | redditività,
    profitti | rentabilidade, lucro, lucros | 利润, 盈利能力, 盈利模式 | 利益率, 黒字化 | 이익률, 흑자
margin, margins | margen, márgenes | marge, marges | marge, margen | margine, margini | margem,
    margens | 毛利, 毛利率 | 粗利, マージン | 마진
pricing, price, prices | | tarification | preisgestaltung, preisstrategie | prezzo, prezzi | preços,
    precificação | 定价, 价格 | 価格, 値付け, 値上げ, プライシング | 가격, 가격정책, 가격인상
discount, discounts | descuento, descuentos | rabais | rabatt, rabatte | sconto, sconti | desconto,
    descontos | 折扣, 打折, 促销 | 割引, 値引き, 販促 | 할인, 프로모션
coupon, coupons, voucher, vouchers | cupón, cupones | coupon, coupons | gutschein, gutscheine |
    coupon | cupom, cupons | 优惠券, 代金券 | クーポン | 쿠폰
loyalty | fidelización, fidelidad | fidélisation, fidélité | kundenbindung, treueprogramm,
    bonusprogramm | fidelizzazione, fedeltà | fidelização, fidelidade | 会员积分, 积分兑换, 积分商城, 忠诚度 |
    ロイヤルティ, ポイント制度, ポイント還元 | 충성도, 적립금, 포인트적립
retention | retención | rétention | | | retenção | 留存, 留存率 | 継続率, リテンション, 定着率 | 리텐션, 유지율, 재방문율
churn, attrition, cancellation, cancellations | cancelación, cancelaciones | résiliation,
    désabonnement | kündigung, kündigungen, abwanderung | disdetta, disdette | cancelamento,
    cancelamentos | 流失率, 客户流失, 退订, 解约 | 解約, 解約率, 離脱率, チャーン | 해지율, 계약해지, 구독해지, 중도해지, 이탈률, 고객이탈
repurchase, repurchases | recompra, recompras | réachat | wiederkauf, nachkauf | riacquisto |
    recompra | 复购, 回头客 | リピート購入, リピーター, 再購入, リピート率 | 재구매, 단골
orders, ordering | | commande, commandes | bestellung, bestellungen | ordini | | 订单, 下单, 点单, 扫码点餐 |
    注文, 受注, 発注, モバイルオーダー | 주문, 발주, 테이블오더
checkout, checkouts, cashier, cashiers | cajero, cajera, cajeros | caisse, caisses, caissier,
    caissière | kassen, kassensystem | cassiere, cassiera | | 结账, 收银, 收银台, 自助收银 | チェックアウト, セルフレジ,
    レジ係, 精算機 | 계산대, 무인계산대, 체크아웃, 캐셔
cart, carts | carrito, carritos | panier, paniers | warenkorb | carrello, carrelli | carrinho,
    carrinhos | 购物车 | ショッピングカート, カゴ落ち, 買い物かご | 장바구니, 쇼핑카트
kiosk, kiosks | quiosco, quioscos | kiosque, kiosques | kiosk, kioske | chiosco, chioschi |
    quiosque, quiosques | 自助终端, 自助点餐机, 无人店 | キオスク, 券売機, 無人店舗 | 키오스크, 무인매장
mall, malls | | | einkaufszentrum, einkaufszentren | | | 商场, 购物中心, 百货 | ショッピングモール, 百貨店, デパート | 백화점,
    아울렛, 쇼핑센터
footfall | afluencia | fréquentation, affluence | kundenfrequenz, besucherfrequenz | afflusso | |
    客流, 客流量, 进店率 | 来店客, 来店数, 客数 | 유동인구, 방문객수, 집객
merchandising, merchandiser, planogram, planograms, shelf, shelves | estantería, estanterías,
    escaparate, escaparates | étagère, étagères, vitrine, vitrines | warenpräsentation,
    schaufenster, regalfläche | scaffale, scaffali, vetrina, vetrine | prateleira, prateleiras,
    vitrine, vitrines | 陈列, 货架, 橱窗 | 陳列, 商品棚, 売り場, 売場, ショーウィンドウ, 棚割 | 진열, 진열대, 매대, 쇼윈도
labels, label, labelling, labeling | etiqueta, etiquetas, etiquetado | étiquette, étiquettes,
    étiquetage | etikett, etiketten, etikettierung | etichetta, etichette, etichettatura | etiqueta,
    etiquetas, rotulagem | 吊牌, 价签, 标签纸, 贴标 | ラベル印刷, ラベルシール, ラベリング, 値札 | 라벨, 가격표, 라벨링
receipt, receipts | recibos | | quittung, quittungen | scontrino, scontrini | recibos | 小票, 收据 |
    レシート, 領収書 | 영수증
billing | | | abrechnung, abrechnungen | | | 计费, 账单 | 課金 | 과금, 빌링
receivables | cobranza, cobros | créances, recouvrement | mahnwesen, mahnung,
    forderungsmanagement | | recebíveis, cobrança, cobranças | 应收账款, 回款, 催收 | 売掛金, 未収金, 債権回収 | 미수금,
    매출채권, 채권추심
payables | | | kreditoren, verbindlichkeiten | | | 应付账款 | 買掛金 | 매입채무, 미지급금
expenses, expense | gastos | dépenses | spesen, spesenabrechnung | spese | despesas | 报销, 开支 | 経費,
    経費精算 | 경비, 지출
cashflow, cash, treasury | tesorería, liquidez | trésorerie, liquidités | liquidität, bargeld |
    liquidità, contanti, tesoreria | liquidez, tesouraria | 现金流, 现金 | キャッシュフロー, 資金繰り, 現金 | 현금흐름, 현금,
    유동성
cashless | | | bargeldlos | cashless | | 无现金 | キャッシュレス | 캐시리스, 비현금결제
installments, instalments, installment, instalment, bnpl | | | ratenzahlung, ratenkauf |
    rateizzazione | parcelamento, parcelado | 分期, 分期付款 | 分割払い, 後払い | 할부, 후불결제
chargeback, chargebacks | contracargo, contracargos | rétrofacturation | rückbuchung,
    rücklastschrift | storno | estorno, estornos | 拒付, 退单 | チャージバック | 차지백, 지불거절
supplier, suppliers, vendor, vendors | proveedor, proveedores | fournisseur, fournisseurs |
    lieferant, lieferanten, zulieferer | fornitore, fornitori | fornecedor, fornecedores | 供应商,
    供货商 | 仕入先, サプライヤー, 仕入れ | 공급업체, 납품업체, 협력업체
procurement, purchasing | compras | achats | einkauf, beschaffung | acquisti, approvvigionamento |
    compras | 采购 | 購買, 調達部, 調達業務 | 조달, 구매팀, 구매담당, 구매업무
distributor, distributors, dealer, dealers, dealership, dealerships | distribuidor, distribuidores,
    concesionario | distributeur, distributeurs, concessionnaire | distributor, händlernetz,
    autohaus | distributore, distributori, concessionario | distribuidor, distribuidores,
    concessionária | 经销商, 分销商, 代理商 | 代理店, 販売店, ディーラー, 特約店 | 대리점, 총판, 딜러, 유통업체, 유통사
buyer, buyers | comprador, compradores | acheteur, acheteurs | einkäufer | acquirente, acquirenti |
    comprador, compradores | 买家 | バイヤー | 바이어
merchant, merchants, seller, sellers | comerciante, comerciantes | commerçant, commerçants,
    marchands | | commerciante, commercianti, esercente, esercenti | comerciante, comerciantes,
    lojista, lojistas | 商家, 商户, 卖家 | 出店者, 出品者 | 입점업체, 온라인셀러, 판매업체
marketplace, marketplaces | marketplace | marketplace | marketplace | marketplace | marketplace |
    电商平台, 第三方平台 | マーケットプレイス, ECモール | 오픈마켓, 마켓플레이스
dropshipping, dropshipper | dropshipping | dropshipping | dropshipping | dropshipping |
    dropshipping | 一件代发, 代发货 | ドロップシッピング | 드롭쉬핑, 드랍쉬핑
fulfillment, fulfilment | fulfillment | | fulfillment | | fulfillment | 履约, 订单履行, 仓配 | フルフィルメント,
    発送代行 | 풀필먼트
replenishment, restocking, restock | reposición, reabastecimiento | réassort, réapprovisionnement |
    nachschub, nachbestellung | riassortimento, rifornimento | reposição, reabastecimento | 补货 | 補充,
    品出し, 再入荷 | 재입고, 리오더
stockout, stockouts | desabastecimiento | | fehlbestand, fehlbestände, lieferengpass | | | 缺货, 断货 |
    欠品, 品切れ | 품절, 결품
expiry | caducidad | péremption | mindesthaltbarkeit, haltbarkeitsdatum | | | 保质期, 临期 | 賞味期限, 消費期限 |
    유통기한, 소비기한
assortment, assortments | surtido, surtidos | assortiment, assortiments | sortiment, sortimente |
    assortimento | sortimento | 品类, 选品 | 品揃え, 品ぞろえ, 商品構成 | 구색, 상품구성, 상품군
catalog, catalogs, catalogue, catalogues | catálogo, catálogos | catalogue, catalogues | katalog,
    kataloge | catalogo, cataloghi | catálogo, catálogos | 产品目录, 商品目录, 产品手册 | カタログ | 카탈로그
sku, skus | sku | sku | sku, artikelnummer | sku | sku | 单品 | 品番 | 품목수, 단품
bundle, bundles, bundling | | | bundle, bundles | bundle | | 套餐, 组合装 | セット販売, バンドル | 번들, 묶음상품, 세트상품
personalization, personalisation, personalized, personalised | personalización, personalizado,
    personalizada | personnalisation, personnalisé, personnalisée | personalisierung,
    personalisiert | personalizzazione, personalizzato | personalização, personalizado | 个性化, 千人千面 |
    パーソナライズ, パーソナライゼーション | 개인화
segmentation | segmentación | segmentation | segmentierung | segmentazione | segmentação | 客群细分,
    用户分层, 人群分层 | セグメンテーション, セグメント | 세그먼트, 세그멘테이션, 고객세분화
conversion, conversions | conversión, conversiones | conversion, conversions | konversion,
    konversionsrate | conversione, conversioni | conversão, conversões | 转化率 | コンバージョン, 成約率 | 전환율,
    구매전환
funnel, funnels | embudo, embudos | entonnoir | verkaufstrichter | imbuto | funil | 漏斗, 转化漏斗 |
    ファネル | 퍼널
crm | crm | crm | crm | crm | crm | 客户关系管理, 客户管理 | 顧客管理 | 고객관리
omnichannel | omnicanal, omnicanalidad | omnicanal, omnicanalité | omnichannel, omnikanal |
    omnicanale, omnicanalità | omnicanal, omnicanalidade | 全渠道 | オムニチャネル | 옴니채널
seo | seo | seo | seo | seo | seo | 搜索引擎优化, 搜索优化 | 検索エンジン最適化, 検索順位, 上位表示 | 검색엔진최적화, 검색최적화, 검색노출
retargeting, remarketing | retargeting, remarketing | reciblage, retargeting | retargeting |
    retargeting | retargeting | 再营销, 重定向广告 | リターゲティング, リマーケティング | 리타겟팅, 리마케팅
programmatic | programática, programático | programmatique | programmatic | programmatic |
    programática | 程序化购买, 程序化广告 | プログラマティック | 프로그래매틱
billboard, billboards | | affichage | plakatwerbung, werbetafel | cartellone, cartelloni,
    affissioni | | 户外广告, 广告牌 | 屋外広告, 看板広告, 交通広告 | 옥외광고, 전광판
flyers, flyer, leaflet, leaflets | folleto, folletos | prospectus | handzettel, prospekt,
    prospekte | volantino, volantini | panfleto, panfletos, folheto, folhetos | 传单, 宣传单 | チラシ, 折込 |
    전단지, 리플렛
hashtag, hashtags | hashtag | hashtag | hashtag | hashtag | hashtag | 话题标签 | ハッシュタグ | 해시태그
viral, virality | viral, viralidad, viralizar | viral, viralité | viral, viralität | virale,
    viralità | viral, viralizar | 爆款, 走红, 刷屏 | バイラル, バズっ, バズる | 바이럴
sponsorship, sponsoring | patrocinio, patrocinador | sponsoring, mécénat | sponsoring |
    sponsorizzazione, sponsorizzazioni | patrocínio, patrocinador | 赞助, 冠名 | 協賛, スポンサー | 협찬, 스폰서,
    후원사
referral, referrals | referidos | parrainage | empfehlungsprogramm, weiterempfehlung |
    passaparola | | 老带新, 转介绍, 推荐奖励 | 紹介制度, リファラル | 추천인, 레퍼럴, 지인추천
reviews, ratings | reseñas, valoraciones | | bewertungen, kundenbewertungen, rezensionen |
    recensioni | avaliações | 好评, 差评, 点评, 口碑 | 口コミ, レビュー, 評判 | 리뷰, 후기, 별점, 입소문
complaint, complaints | queja, quejas, reclamación, reclamaciones | réclamation, réclamations,
    plainte, plaintes | beschwerde, beschwerden, reklamation, reklamationen | reclamo, reclami,
    lamentele | reclamação, reclamações | 投诉, 客诉 | 苦情, クレーム | 컴플레인, 민원, 고객불만
helpdesk, callcenter, callcentre, hotline, hotlines | callcenter | | kundenservice, kundendienst,
    hotline | | atendimento | 客服, 呼叫中心, 热线 | コールセンター, カスタマーサポート, ヘルプデスク, 問い合わせ窓口 | 고객센터, 콜센터, 상담원,
    고객상담
aftersales | posventa, postventa | | | postvendita | | 售后 | アフターサービス, アフターサポート | 애프터서비스, 사후관리, 사후서비스
warranty, warranties | | | gewährleistung | | | 保修, 质保 | 保証期間, 保証書, 延長保証 | 보증기간, 보증서, 워런티
repair, repairs | reparación, reparaciones | réparation, réparations | reparatur, reparaturen |
    riparazione, riparazioni | conserto, consertos | 修理, 返修 | 修理 | 수리
rental, rentals | alquiler, alquileres | | vermietung | noleggio, noleggi | aluguel, locação | 租赁 |
    レンタル, 賃貸 | 렌탈, 렌털, 임대
tenants | inquilino, inquilinos, arrendatario | locataire, locataires | mieter, mieterin |
    inquilino, inquilini, affittuario | inquilino, inquilinos, locatário | 租户, 房客, 承租人 | 入居者, テナント,
    借主 | 세입자, 임차인, 입주사
leasing | leasing, arrendamiento | leasing | leasing | leasing | leasing, arrendamento | 融资租赁 |
    リース契約, リース料 | 리스계약, 리스료
vending | vending, expendedora, expendedoras | | verkaufsautomat, verkaufsautomaten | vending |
    vending | 自动售货机, 售货机 | 自動販売機, 自販機 | 자판기, 자동판매기
laundry, laundromat, laundries | lavandería, lavanderías | laverie, blanchisserie | wäscherei,
    waschsalon | lavanderia, lavanderie | lavanderia | 洗衣店, 洗衣 | コインランドリー, クリーニング店 | 세탁소, 빨래방, 세탁업,
    코인세탁
cleaning, housekeeping, janitorial | limpieza | nettoyage | reinigung, gebäudereinigung | pulizia,
    pulizie | limpeza, faxina | 保洁, 清扫, 客房清洁 | 清掃, ハウスキーピング | 청소업체, 청소용역, 객실청소, 하우스키핑
concierge, concierges, receptionist, receptionists | conserje, conserjería, recepcionista |
    concierge, conciergerie, réceptionniste | concierge, rezeption, rezeptionist | concierge,
    receptionist | concierge, recepcionista | 礼宾, 前台 | コンシェルジュ, フロント係 | 컨시어지, 프런트데스크, 안내데스크
occupancy, revpar | | | auslastung, zimmerauslastung, belegungsrate | | | 入住率, 上座率, 翻台率 | 稼働率,
    客室稼働率, 回転率 | 객실점유율, 가동률, 회전율
resort, resorts | resort, resorts | | resort, ferienanlage | resort | resort | 度假村 | リゾート | 리조트
cruise, cruises | crucero, cruceros | croisière, croisières | kreuzfahrt, kreuzfahrten | crociera,
    crociere | cruzeiro, cruzeiros | 邮轮 | クルーズ | 크루즈
hostel, hostels, guesthouse, guesthouses | hostal, hostales, albergue | auberge, auberges |
    herberge, jugendherberge | ostello, ostelli | pousada, pousadas, albergue | 民宿, 青旅, 青年旅舍, 客栈 |
    ゲストハウス, 民宿 | 게스트하우스, 민박, 펜션
airbnb | airbnb | airbnb | airbnb, ferienwohnung, ferienwohnungen | airbnb, affittacamere | airbnb |
    短租 | 民泊 | 에어비앤비, 숙박공유
travel, traveller, travellers, traveler, travelers | viaje, viajes, viajero | voyage, voyages,
    voyageur | reise, reisen, reisebüro | viaggio, viaggi, viaggiatori | viagem, viagens, viajante |
    旅行, 出行, 差旅 | 旅行 | 여행
catering, caterer, caterers | catering, banquete, banquetes | traiteur, traiteurs | catering,
    partyservice | catering, banqueting | bufê, buffet | 宴会, 团餐 | ケータリング, 仕出し, 宴会 | 케이터링, 출장뷔페, 단체급식
foodservice, gastronomy | gastronomía | gastronomie | gastronomie, gastgewerbe | ristorazione,
    gastronomia | gastronomia | 餐饮, 餐饮业 | 外食, 飲食店, 飲食業 | 외식, 외식업, 요식업
kitchen, kitchens | | | großküche, gastroküche | | | 厨房, 后厨 | 厨房, キッチン | 주방, 키친
canteen, canteens, cafeteria, cafeterias | comedor, comedores, cafetería | | kantine, kantinen | |
    refeitório | 食堂 | 食堂, 社食 | 구내식당
beverage, beverages | bebida, bebidas | boisson, boissons | getränk, getränke | bevanda, bevande |
    bebida, bebidas | 饮料, 饮品 | 飲料, ドリンク, 飲み物 | 음료, 음료수
bartender, bartenders, mixology, mixologist | bartender, cantinero, coctelería, mixología | barman,
    barmaid, mixologie, mixologue | barkeeper, barmixer | barman, mixologia, mixologo | bartender,
    barman, mixologia | 调酒师, 调酒 | バーテンダー | 바텐더
barista, baristas | barista | barista | barista | barista | barista | 咖啡师 | バリスタ | 바리스타
waiter, waiters, waitress, waitstaff | camarero, camareros, camarera, mesero, meseros, mesera |
    serveuse, serveuses | kellner, kellnerin, servicekraft | cameriere, camerieri, cameriera |
    garçom, garçonete | 服务员 | ウェイター, ホールスタッフ, 給仕 | 서빙, 홀서빙, 웨이터
dessert, desserts | postre, postres | dessert, desserts | dessert, nachtisch, nachspeise | dessert |
    sobremesa, sobremesas | 甜品, 甜点 | デザート, スイーツ | 디저트
ingredient, ingredients | ingrediente, ingredientes | ingrédient, ingrédients | zutat, zutaten |
    ingrediente, ingredienti | ingrediente, ingredientes | 食材, 原料 | 食材, 原材料 | 식재료, 원재료, 원료
takeaway, takeout | | | | asporto | | 外带 | テイクアウト, 持ち帰り | 테이크아웃, 포장주문
foodtruck, foodtrucks | foodtruck | foodtruck | foodtruck | foodtruck | foodtruck | 餐车, 美食车 |
    キッチンカー | 푸드트럭
bistro, bistros | bistró | bistrot, bistrots | bistro | bistrot | bistrô | 小酒馆 | ビストロ | 비스트로
michelin | michelin | michelin | michelin | michelin | michelin | 米其林 | ミシュラン | 미쉐린, 미슐랭
halal | halal | halal | halal | halal | halal | 清真 | ハラール | 할랄
kosher | kosher, kasher | casher | koscher | kosher | kosher | 犹太洁食 | コーシャ | 코셔
haccp | appcc, haccp | haccp | haccp | haccp | appcc, haccp | 食品安全 | 食品衛生, 衛生管理 | 식품위생, 식품안전
reservation, reservations, booking, bookings | reserva, reservas | réservation, réservations |
    reservierung, reservierungen, buchung, buchungen | prenotazione, prenotazioni | reserva,
    reservas | 预订, 订座, 订房 | 予約 | 예약
queue, queues, queuing, queueing, waitlist, waitlists | | | warteschlange, warteschlangen | | | 排队,
    排号 | 行列, 待ち時間, 順番待ち | 대기줄, 웨이팅, 대기시간, 줄서기
staffing, understaffed, workforce, manpower | | | personalmangel, personalbedarf, fachkräftemangel,
    belegschaft | | | 人手, 人力, 用工, 缺人 | 人手不足, 人員配置, 人材不足 | 인력, 인력난, 구인난, 일손
shifts, rostering, rosters | turnos | | schichtplan, schichtplanung, schichtarbeit, schichtdienst,
    dienstplan | turnazione | turnos | 排班, 班次, 轮班 | シフト表, シフト管理, シフト制, 勤務表 | 근무표, 교대근무, 근무스케줄
overtime | | | überstunden | | | 加班 | 残業 | 야근, 초과근무, 연장근무
wages, wage, salary, salaries | salario, salarios, sueldo, sueldos | salaire, salaires,
    rémunération | lohn, gehälter, mindestlohn | salari, stipendio, retribuzione | salário,
    salários, remuneração | 薪酬, 时薪, 最低工资, 人工成本 | 賃金, 時給, 人件費, 最低賃金 | 임금, 최저시급, 인건비, 최저임금
onboarding | onboarding | onboarding | onboarding, einarbeitung | onboarding | onboarding | 入职培训,
    新员工培训, 入职 | オンボーディング, 入社研修, 新人研修 | 온보딩, 입사교육, 신입교육
turnover | | | fluktuation | turnover | rotatividade | 离职率, 员工流失 | 離職率, 離職 | 이직률, 퇴사율, 퇴사
timesheet, timesheets, timekeeping, attendance | | pointage, badgeuse | zeiterfassung, stempeluhr,
    arbeitszeiterfassung | | | 考勤, 打卡机 | 勤怠, 勤怠管理, タイムカード, 出退勤 | 근태, 근태관리, 출퇴근기록, 출결
absenteeism | absentismo | absentéisme | fehlzeiten, krankenstand | assenteismo | absenteísmo | 缺勤 |
    欠勤 | 결근
uniforms, workwear | | | dienstkleidung, arbeitskleidung, berufsbekleidung | | fardamento | 工服, 工作服,
    制服 | 制服, ユニフォーム, 作業服 | 유니폼, 근무복, 작업복
interns, internship, internships | pasantía, pasantías | stagiaire, stagiaires | praktikum,
    praktikant, praktikantin | tirocinio, tirocinante, stagista, stagisti | estágio, estagiário,
    estagiária | 实习, 实习生 | インターン, インターンシップ | 인턴, 인턴십
incentive, incentives | incentivo, incentivos | | prämien, anreiz, anreize | incentivo, incentivi |
    incentivo, incentivos | 提成, 奖金, 激励机制 | インセンティブ, 報奨金 | 인센티브, 성과급
report, reports, reporting | informes, reporte, reportes | reporting | bericht, berichte,
    reporting | report, reportistica | relatório, relatórios | 报表, 周报, 月报, 报告书, 数据报告, 分析报告 | レポート,
    報告書, 週報, 月報 | 리포트, 보고서, 주간보고, 일일보고, 월간보고
spreadsheet, spreadsheets | | tableur, tableurs | tabellenkalkulation | | planilha, planilhas |
    电子表格 | エクセル, 表計算, スプレッドシート | 엑셀, 스프레드시트
kpi, kpis, metric, metrics | indicadores, métricas | indicateurs, métriques | kennzahl, kennzahlen |
    indicatori, metriche | indicadores, métricas | 指标, 关键指标 | 指標, 重要指標 | 지표, 핵심지표, 성과지표
analytics, analytic, analytical | analítica, analíticas | analytique, analytiques | analytik,
    datenanalyse | analitica, analitiche | analítica, analíticas | 数据分析 | データ分析, アナリティクス | 데이터분석,
    애널리틱스
benchmark, benchmarks, benchmarking | benchmark, benchmarking | benchmark, benchmarking | benchmark,
    benchmarking | benchmark | benchmark | 对标, 基准测试 | ベンチマーク | 벤치마크, 벤치마킹
visualization, visualisation, visualizations, visualisations | visualización | visualisation |
    visualisierung | visualizzazione | visualização | 可视化 | 可視化 | 시각화
consolidation, consolidate, consolidated, consolidating, compiles, compiling | consolidación |
    consolidation | konsolidierung | consolidamento | consolidação | 汇总 | 集計 | 취합, 집계
reconciliation | conciliación | rapprochement | kontenabstimmung | riconciliazione | conciliação |
    对账 | 突合, 照合 | 정산
automation, automated, automate, automatic, automatically | automatización, automatizado,
    automático | automatisation, automatisé, automatique | automatisierung, automatisiert,
    automatisch | automazione, automatizzato, automatico | automação, automatizado, automático |
    自动化 | 自動化, 自動で, 自動生成, 自動的 | 자동화, 자동으로, 자동생성, 자동집계
satisfaction, nps | satisfacción | satisfaction | kundenzufriedenheit | | satisfação | 满意度, 好评率 |
    満足度, 顧客満足 | 만족도, 고객만족
gamification | gamificación | gamification | gamifizierung | gamification | gamificação | 游戏化 |
    ゲーミフィケーション | 게이미피케이션
paywall, paywalls | paywall | paywall | paywall, bezahlschranke | paywall | paywall | 付费墙 | ペイウォール |
    페이월
freemium | freemium | freemium | freemium | freemium | freemium | 免费增值 | フリーミアム | 부분유료화
recurring | recurrente, recurrentes | récurrent, récurrents, récurrente | wiederkehrend,
    wiederkehrende | ricorrente, ricorrenti | recorrente, recorrentes | 经常性收入, 持续性收入 | 継続課金, ストック型,
    月額課金 | 반복결제, 월정액, 정기결제
renewal, renewals | | renouvellement, renouvellements | | rinnovo, rinnovi | | 自动续费, 续费率, 续订, 续约 |
    契約更新, 自動更新 | 자동갱신, 재계약, 갱신율
membership, memberships | membresía, membresías | adhésion, adhésions | mitgliedschaft,
    mitgliedschaften | tesseramento | | 会员, 会员制 | 会員, 会員制, メンバーシップ | 회원제, 멤버십, 회원권, 유료회원
gift, gifts, gifting, giftcard, giftcards | regalo, regalos | cadeau, cadeaux | geschenk,
    geschenke | regalo, regali | brinde, brindes | 礼品, 礼物, 礼盒 | ギフト, 贈答, 贈り物 | 선물
pet, pets, petcare | mascota, mascotas | animalerie | haustier, haustiere, heimtier,
    tierbedarf | | | 宠物 | ペット用品, ペットフード, ペットショップ, ペット市場, ペット業界, 飼い主 | 반려동물, 애완동물
eyewear, eyeglasses, sunglasses, optician, opticians | gafas, anteojos | lunettes, lunetterie,
    opticien | optiker, augenoptik | occhiali | óculos | 眼镜店, 配镜, 眼镜行业, 太阳镜 | メガネ, めがね, 眼鏡店 | 안경
perfume, perfumes, perfumery, fragrance, fragrances | perfume, perfumes, perfumería, fragancia |
    parfum, parfums, parfumerie | parfum, parfüm, parfümerie | profumo, profumi, profumeria,
    fragranza | perfume, perfumes, perfumaria, fragrância | 香水, 香氛 | 香水, フレグランス | 퍼퓸, 니치향수, 향수브랜드
homeware, homewares, housewares | menaje | | haushaltswaren, wohnaccessoires | casalinghi | | 家居用品 |
    生活雑貨, 雑貨 | 생활용품, 리빙용품
electronics | electrónica, electrodomésticos | électronique, électroménager | elektronik,
    elektrogeräte, unterhaltungselektronik | elettronica, elettrodomestici | eletrônicos,
    eletrodomésticos | 电子产品, 家电产品, 小家电, 家用电器, 家电行业 | 家電, 電子機器 | 가전, 전자제품
secondhand, resale, thrift, preloved, refurbished | reacondicionado | friperie, reconditionné |
    secondhand, gebrauchtwaren, wiederverkauf | ricondizionato | brechó, seminovo, seminovos,
    recondicionado | 二手 | 中古, リユース, リセール | 중고거래, 중고품, 중고차, 중고시장, 리퍼브
shoplifting, shoplifters, shrinkage, theft, thefts | hurto, hurtos | | ladendiebstahl | taccheggio |
    furto, furtos | 偷窃, 盗窃, 损耗 | 万引き, 盗難 | 도난, 절도
cctv | videovigilancia | vidéosurveillance | videoüberwachung | videosorveglianza |
    videomonitoramento | 监控摄像头, 摄像头 | 防犯カメラ, 監視カメラ | 방범카메라, 감시카메라
unboxing | unboxing | unboxing, déballage | unboxing | unboxing | unboxing | 开箱 | 開封動画, 開封体験 | 언박싱
cashback | cashback | cashback | cashback | cashback | cashback | 返现, 返利 | キャッシュバック | 캐시백, 페이백
quotation, quotations | cotización, cotizaciones | | kostenvoranschlag | | | 报价, 报价单 | 見積, 見積もり,
    見積書 | 견적, 견적서
consumer, consumers, shopper, shoppers | consumidor, consumidores | consommateur, consommateurs |
    verbraucher, konsument, konsumenten | consumatore, consumatori | consumidor, consumidores |
    消费者 | 消費者, 購買者 | 소비자, 구매자
popup, popups | | | | | | 快闪店 | ポップアップストア, ポップアップショップ | 팝업스토어, 팝업매장
showroom, showrooms | showroom | showroom | showroom, ausstellungsraum | showroom | showroom | 展厅,
    展示厅 | ショールーム | 쇼룸
dtc | dtc | dtc | dtc | dtc | dtc | 品牌直营, 直营店, 直营 | 直販 | 자사몰, 직영점, 직영
brands, branding, branded, rebrand, rebranding | marcas | marques | marken, markenbildung |
    marchio | marcas | 品牌 | ブランド, ブランディング | 브랜드, 브랜딩
livestream, livestreams, livestreaming | | | | | | 直播, 直播带货, 带货 | ライブコマース | 라이브커머스, 라이브방송
carwash, carwashes | autolavado, lavadero | | waschanlage, autowäsche | autolavaggio | lavajato |
    洗车 | 洗車 | 세차장, 손세차
ltv, clv | | | | | | 客户终身价值, 生命周期价值, 用户价值 | 顧客生涯価値, 生涯価値 | 고객생애가치, 생애가치
aov | | | warenkorbwert | | | 客单价 | 客単価 | 객단가
cac | cac | cac | cac | cac | cac | 获客, 获客成本 | 顧客獲得, 新規獲得 | 고객획득, 신규고객
roas | roas | roas | roas | roas | roas | 广告投资回报率, 投产比 | 広告費用対効果 | 광고수익률
erp | erp | erp | erp | erp | erp | 进销存, 企业资源计划 | 基幹システム | 전사적자원관리
sla, slas | sla | sla | sla | sla | sla | 服务水平协议, 服务等级 | サービスレベル | 서비스수준
slogan, slogans, tagline, taglines | eslogan, eslóganes | slogan, slogans | slogan, slogans |
    slogan | slogan, slogans | 口号, 标语, 广告语 | キャッチコピー, スローガン | 슬로건, 캐치프레이즈
"""

/**
 * Reference category tree of the catalogue: 26 top categories modelled on the
 * major industries of the Yiwu China Commodity City, each with second-level
 * groups and third-level leaves. Codes are hierarchical: a child's code starts
 * with its parent's code and adds two digits ("01" → "0104" → "010401").
 *
 * Products are always filed under a leaf (6-character code).
 */
export interface CategoryNode {
  code: string;
  zh: string;
  en: string;
  children?: CategoryNode[];
}

function n(code: string, zh: string, en: string, children?: CategoryNode[]): CategoryNode {
  return children ? { code, zh, en, children } : { code, zh, en };
}

export const CATEGORY_TREE: readonly CategoryNode[] = [
  n('01', '饰品', 'Jewellery & accessories', [
    n('0101', '项链吊坠', 'Necklaces & pendants', [n('010101', '时尚项链', 'Fashion necklaces'), n('010102', '吊坠挂饰', 'Pendants & charms')]),
    n('0102', '耳饰', 'Earrings', [n('010201', '耳环耳钉', 'Earrings & ear studs'), n('010202', '耳夹耳骨夹', 'Ear clips & ear cuffs')]),
    n('0103', '手饰', 'Bracelets & rings', [n('010301', '手链手镯', 'Bracelets & bangles'), n('010302', '戒指', 'Rings')]),
    n('0104', '发饰', 'Hair accessories', [
      n('010401', '发夹发卡', 'Hair clips & hair pins'),
      n('010402', '发箍发带', 'Headbands & hair bands'),
      n('010403', '发圈头绳', 'Hair ties & scrunchies'),
    ]),
    n('0105', '胸针及饰品配件', 'Brooches, keychains & jewellery findings', [
      n('010501', '胸针', 'Brooches & lapel pins'),
      n('010502', '饰品配件', 'Jewellery findings & beads'),
      n('010503', '钥匙扣挂件', 'Keychains & bag charms'),
      n('010504', '首饰盒展示架', 'Jewellery boxes & displays'),
    ]),
  ]),
  n('02', '玩具', 'Toys', [
    n('0201', '毛绒玩具', 'Plush toys', [n('020101', '毛绒公仔', 'Stuffed animals & plush dolls'), n('020102', '毛绒挂件', 'Plush keychains & mini plush')]),
    n('0202', '电动遥控玩具', 'Electric & remote control toys', [
      n('020201', '遥控车', 'RC cars'),
      n('020202', '遥控飞机', 'RC aircraft & drones'),
      n('020203', '电动玩具', 'Battery-operated toys'),
    ]),
    n('0203', '益智玩具', 'Educational toys', [
      n('020301', '积木拼装', 'Building blocks & construction toys'),
      n('020302', '拼图', 'Jigsaw puzzles'),
      n('020303', '早教玩具', 'Early learning toys'),
    ]),
    n('0204', '娃娃及过家家', 'Dolls & pretend play', [n('020401', '娃娃', 'Dolls'), n('020402', '过家家玩具', 'Pretend play sets')]),
    n('0205', '户外及充气玩具', 'Outdoor & inflatable toys', [
      n('020501', '泡泡玩具', 'Bubble toys'),
      n('020502', '充气玩具', 'Inflatable toys'),
      n('020503', '沙滩玩具', 'Beach & sand toys'),
    ]),
    n('0206', '趣味小玩具', 'Novelty & small toys', [
      n('020601', '解压玩具', 'Fidget & squeeze toys'),
      n('020602', '弹射飞行玩具', 'Flying & launcher toys'),
      n('020603', '玩具枪', 'Toy guns & water guns'),
    ]),
  ]),
  n('03', '工艺品', 'Arts & crafts', [
    n('0301', '树脂工艺品', 'Resin crafts', [n('030101', '树脂摆件', 'Resin figurines'), n('030102', '微景观摆件', 'Miniatures & fairy garden')]),
    n('0302', '陶瓷玻璃工艺品', 'Ceramic & glass crafts', [
      n('030201', '陶瓷摆件', 'Ceramic ornaments & vases'),
      n('030202', '玻璃水晶工艺品', 'Glass & crystal crafts'),
    ]),
    n('0303', '木竹藤工艺品', 'Wood, bamboo & rattan crafts', [
      n('030301', '木制工艺品', 'Wooden crafts'),
      n('030302', '竹藤编织品', 'Bamboo, rattan & woven baskets'),
    ]),
    n('0304', '相框及墙饰', 'Photo frames & wall decor', [n('030401', '相框', 'Photo frames'), n('030402', '装饰画挂饰', 'Wall art & hangings')]),
    n('0305', '旅游纪念品', 'Souvenirs', [n('030501', '冰箱贴', 'Fridge magnets'), n('030502', '纪念品摆件', 'Souvenir ornaments')]),
    n('0306', '香薰蜡烛', 'Candles & home fragrance', [n('030601', '蜡烛', 'Candles'), n('030602', '香薰扩香', 'Reed diffusers & incense')]),
  ]),
  n('04', '节庆用品', 'Festive & party supplies', [
    n('0401', '圣诞用品', 'Christmas', [
      n('040101', '圣诞树', 'Christmas trees'),
      n('040102', '圣诞装饰', 'Christmas ornaments & decorations'),
      n('040103', '圣诞服饰', 'Christmas hats & costumes'),
      n('040104', '圣诞灯饰', 'Christmas lights'),
    ]),
    n('0402', '万圣节用品', 'Halloween', [n('040201', '万圣节面具服饰', 'Halloween masks & costumes'), n('040202', '万圣节装饰', 'Halloween decorations')]),
    n('0403', '派对用品', 'Party supplies', [
      n('040301', '气球', 'Balloons'),
      n('040302', '生日派对装饰', 'Birthday party decorations'),
      n('040303', '一次性派对餐具', 'Party tableware'),
    ]),
    n('0404', '婚庆用品', 'Wedding supplies', [n('040401', '婚庆装饰', 'Wedding decorations'), n('040402', '喜糖盒', 'Favour boxes & candy boxes')]),
    n('0405', '礼品包装', 'Gift packaging', [
      n('040501', '礼品袋', 'Gift bags'),
      n('040502', '包装纸丝带', 'Wrapping paper & ribbon'),
      n('040503', '贺卡', 'Greeting cards'),
    ]),
    n('0406', '庆典球迷用品', 'Celebration & fan supplies', [n('040601', '球迷用品', 'Fan & cheering props'), n('040602', '旗帜彩旗', 'Flags & bunting')]),
  ]),
  n('05', '文化办公', 'Stationery & office supplies', [
    n('0501', '书写工具', 'Writing instruments', [
      n('050101', '圆珠笔中性笔', 'Ballpoint & gel pens'),
      n('050102', '铅笔', 'Pencils'),
      n('050103', '记号笔荧光笔', 'Markers & highlighters'),
    ]),
    n('0502', '本册纸品', 'Paper products', [
      n('050201', '笔记本', 'Notebooks'),
      n('050202', '便利贴', 'Sticky notes & memo pads'),
      n('050203', '贴纸', 'Stickers'),
    ]),
    n('0503', '学生文具', 'School supplies', [
      n('050301', '文具盒笔袋', 'Pencil cases'),
      n('050302', '橡皮卷笔刀', 'Erasers & sharpeners'),
      n('050303', '尺规', 'Rulers & geometry sets'),
    ]),
    n('0504', '办公用品', 'Office supplies', [
      n('050401', '文件管理', 'Files & folders'),
      n('050402', '订装用品', 'Staplers, clips & binding'),
      n('050403', '胶带胶水', 'Tapes & glue'),
      n('050404', '计算器', 'Calculators'),
    ]),
    n('0505', '美术用品', 'Art supplies', [
      n('050501', '颜料', 'Paints'),
      n('050502', '画笔', 'Paint brushes'),
      n('050503', '蜡笔彩笔', 'Crayons & colouring'),
    ]),
  ]),
  n('06', '体育户外', 'Sports & outdoor', [
    n('0601', '球类', 'Ball sports', [
      n('060101', '足篮排球', 'Footballs, basketballs & volleyballs'),
      n('060102', '羽毛球乒乓球', 'Badminton & table tennis'),
    ]),
    n('0602', '健身器材', 'Fitness equipment', [n('060201', '瑜伽用品', 'Yoga'), n('060202', '小型健身器材', 'Small fitness equipment')]),
    n('0603', '户外露营', 'Camping & outdoor', [
      n('060301', '帐篷睡袋', 'Tents & sleeping bags'),
      n('060302', '露营桌椅', 'Camping furniture'),
      n('060303', '户外照明工具', 'Outdoor lights & tools'),
    ]),
    n('0604', '钓鱼用品', 'Fishing', [n('060401', '鱼竿渔轮', 'Fishing rods & reels'), n('060402', '钓鱼配件', 'Fishing tackle')]),
    n('0605', '游泳水上', 'Swimming & water sports', [n('060501', '泳镜泳帽', 'Swim goggles & caps'), n('060502', '游泳圈浮具', 'Swim rings & floats')]),
    n('0606', '轮滑骑行', 'Skating & cycling', [
      n('060601', '轮滑滑板', 'Skates & skateboards'),
      n('060602', '自行车配件', 'Bicycle accessories'),
      n('060603', '运动护具', 'Sports protective gear'),
    ]),
  ]),
  n('07', '箱包', 'Bags & luggage', [
    n('0701', '女包', 'Handbags', [n('070101', '手提包', 'Handbags & totes'), n('070102', '斜挎包', 'Crossbody & shoulder bags')]),
    n('0702', '背包', 'Backpacks', [n('070201', '双肩包', 'Backpacks'), n('070202', '书包', 'School bags')]),
    n('0703', '旅行箱包', 'Luggage & travel', [n('070301', '拉杆箱', 'Trolley suitcases'), n('070302', '旅行袋收纳包', 'Travel bags & packing organisers')]),
    n('0704', '钱包小包', 'Wallets & small bags', [
      n('070401', '钱包', 'Wallets & purses'),
      n('070402', '化妆包', 'Cosmetic bags'),
      n('070403', '腰包胸包', 'Waist & chest bags'),
    ]),
    n('0705', '购物袋', 'Shopping & promotional bags', [
      n('070501', '无纺布袋', 'Non-woven bags'),
      n('070502', '帆布袋', 'Canvas tote bags'),
      n('070503', '保温袋', 'Cooler & lunch bags'),
    ]),
  ]),
  n('08', '雨具', 'Umbrellas & rain gear', [
    n('0801', '雨伞', 'Umbrellas', [
      n('080101', '折叠伞', 'Folding umbrellas'),
      n('080102', '直杆伞', 'Stick umbrellas'),
      n('080103', '儿童伞', 'Kids umbrellas'),
    ]),
    n('0802', '户外遮阳伞', 'Beach & patio umbrellas', [n('080201', '沙滩伞', 'Beach umbrellas'), n('080202', '庭院伞', 'Patio umbrellas')]),
    n('0803', '雨衣雨披', 'Raincoats & ponchos', [n('080301', '雨衣', 'Raincoats'), n('080302', '一次性雨衣', 'Disposable ponchos')]),
    n('0804', '雨靴及雨具配件', 'Rain boots & accessories', [
      n('080401', '雨靴鞋套', 'Rain boots & shoe covers'),
      n('080402', '雨伞配件', 'Umbrella parts & covers'),
    ]),
  ]),
  n('09', '五金工具', 'Hardware & tools', [
    n('0901', '手动工具', 'Hand tools', [
      n('090101', '钳子扳手', 'Pliers & wrenches'),
      n('090102', '螺丝刀锤子', 'Screwdrivers & hammers'),
      n('090103', '组合工具美工刀', 'Tool sets & utility knives'),
    ]),
    n('0902', '电动工具及配件', 'Power tools & accessories', [
      n('090201', '电钻', 'Electric drills & drivers'),
      n('090202', '钻头锯片', 'Drill bits & saw blades'),
    ]),
    n('0903', '测量工具', 'Measuring tools', [n('090301', '卷尺', 'Tape measures'), n('090302', '水平仪角尺', 'Levels & squares')]),
    n('0904', '锁具', 'Locks', [n('090401', '挂锁', 'Padlocks'), n('090402', '门锁', 'Door locks'), n('090403', '智能锁', 'Smart locks')]),
    n('0905', '五金配件', 'Hardware fittings', [n('090501', '紧固件', 'Fasteners'), n('090502', '合页拉手', 'Hinges & handles'), n('090503', '挂钩', 'Hooks')]),
    n('0906', '园林工具', 'Garden tools', [n('090601', '园艺手工具', 'Garden hand tools'), n('090602', '浇水喷雾', 'Watering & sprayers')]),
  ]),
  n('10', '电子电器', 'Electronics & electrical', [
    n('1001', '照明灯具', 'Lighting', [
      n('100101', 'LED灯泡', 'LED bulbs'),
      n('100102', '台灯夜灯', 'Desk lamps & night lights'),
      n('100103', '手电筒', 'Torches & flashlights'),
    ]),
    n('1002', '电工产品', 'Electrical fittings', [
      n('100201', '插座排插', 'Sockets & power strips'),
      n('100202', '开关', 'Switches'),
      n('100203', '转换插头', 'Plugs & travel adapters'),
    ]),
    n('1003', '小家电', 'Small appliances', [
      n('100301', '个人护理电器', 'Personal care appliances'),
      n('100302', '厨房小电器', 'Kitchen appliances'),
      n('100303', '风扇', 'Fans'),
    ]),
    n('1004', '电池', 'Batteries', [n('100401', '干电池', 'Dry batteries'), n('100402', '充电电池', 'Rechargeable batteries & chargers')]),
    n('1005', '音频数码', 'Audio', [n('100501', '耳机', 'Earphones & headphones'), n('100502', '音箱', 'Speakers')]),
  ]),
  n('11', '钟表', 'Clocks & watches', [
    n('1101', '手表', 'Watches', [
      n('110101', '石英手表', 'Quartz watches'),
      n('110102', '电子手表', 'Digital watches'),
      n('110103', '智能手表', 'Smart watches'),
    ]),
    n('1102', '时钟', 'Clocks', [n('110201', '挂钟', 'Wall clocks'), n('110202', '闹钟', 'Alarm clocks'), n('110203', '座钟', 'Table clocks')]),
    n('1103', '钟表配件', 'Watch & clock parts', [n('110301', '表带', 'Watch straps'), n('110302', '钟表零配件', 'Watch parts, batteries & tools')]),
  ]),
  n('12', '日用百货', 'Daily necessities', [
    n('1201', '收纳用品', 'Storage & organisation', [
      n('120101', '收纳盒', 'Storage boxes'),
      n('120102', '收纳袋', 'Storage bags'),
      n('120103', '置物架', 'Racks & shelves'),
    ]),
    n('1202', '清洁用品', 'Cleaning supplies', [
      n('120201', '拖把扫把', 'Mops & brooms'),
      n('120202', '清洁刷海绵', 'Cleaning brushes & sponges'),
      n('120203', '垃圾桶垃圾袋', 'Bins & bin bags'),
    ]),
    n('1203', '浴室用品', 'Bathroom', [n('120301', '浴室配件', 'Bathroom accessories'), n('120302', '牙刷口腔用品', 'Toothbrushes & oral care')]),
    n('1204', '晾晒用品', 'Laundry', [
      n('120401', '衣架', 'Hangers'),
      n('120402', '晾衣夹晾衣架', 'Pegs & drying racks'),
      n('120403', '洗衣篮', 'Laundry baskets & bags'),
    ]),
    n('1205', '塑料日用品', 'Plastic household goods', [n('120501', '水桶脸盆', 'Buckets & basins'), n('120502', '纸巾盒', 'Tissue boxes & holders')]),
    n('1206', '家居杂货', 'Household sundries', [n('120601', '镜子梳子', 'Mirrors & combs'), n('120602', '一次性用品', 'Disposables')]),
  ]),
  n('13', '厨具餐具', 'Kitchenware & tableware', [
    n('1301', '锅具', 'Cookware', [n('130101', '炒锅煎锅', 'Woks & frying pans'), n('130102', '汤锅奶锅', 'Pots & saucepans')]),
    n('1302', '厨房工具', 'Kitchen tools', [
      n('130201', '厨房刀具', 'Kitchen knives & scissors'),
      n('130202', '厨房小工具', 'Kitchen gadgets'),
      n('130203', '烘焙用具', 'Baking tools'),
    ]),
    n('1303', '餐具', 'Tableware', [
      n('130301', '陶瓷餐具', 'Ceramic tableware'),
      n('130302', '不锈钢餐具', 'Stainless steel cutlery'),
      n('130303', '竹木餐具', 'Bamboo & wooden tableware'),
    ]),
    n('1304', '杯壶', 'Drinkware', [
      n('130401', '保温杯', 'Vacuum flasks & tumblers'),
      n('130402', '玻璃杯', 'Glassware'),
      n('130403', '水杯水壶', 'Mugs & water bottles'),
    ]),
    n('1305', '保鲜收纳', 'Food storage', [
      n('130501', '保鲜盒', 'Food containers'),
      n('130502', '饭盒', 'Lunch boxes'),
      n('130503', '调味瓶罐', 'Spice jars & condiment bottles'),
    ]),
  ]),
  n('14', '袜业内衣', 'Hosiery & underwear', [
    n('1401', '袜子', 'Socks', [
      n('140101', '男袜', 'Men\u2019s socks'),
      n('140102', '女袜', 'Women\u2019s socks'),
      n('140103', '童袜', 'Kids socks'),
      n('140104', '运动袜', 'Sports socks'),
    ]),
    n('1402', '丝袜打底', 'Tights & leggings', [n('140201', '连裤袜', 'Tights & pantyhose'), n('140202', '打底裤', 'Leggings')]),
    n('1403', '内衣', 'Underwear', [n('140301', '内裤', 'Briefs & panties'), n('140302', '文胸', 'Bras'), n('140303', '保暖内衣', 'Thermal underwear')]),
  ]),
  n('15', '针织服装服饰', 'Knitwear, apparel & accessories', [
    n('1501', '针织上衣', 'Knit tops', [n('150101', 'T恤', 'T-shirts'), n('150102', '毛衣卫衣', 'Sweaters & hoodies')]),
    n('1502', '童装婴儿服', 'Kids & baby wear', [n('150201', '婴儿服', 'Baby clothing'), n('150202', '童装', 'Kids clothing')]),
    n('1503', '家居服工作服', 'Loungewear & workwear', [n('150301', '睡衣家居服', 'Pyjamas & loungewear'), n('150302', '围裙工作服', 'Aprons & workwear')]),
    n('1504', '帽子', 'Hats & caps', [
      n('150401', '棒球帽', 'Baseball caps'),
      n('150402', '针织帽', 'Beanies & knit hats'),
      n('150403', '草帽渔夫帽', 'Straw & bucket hats'),
    ]),
    n('1505', '围巾手套', 'Scarves & gloves', [n('150501', '围巾披肩', 'Scarves & shawls'), n('150502', '手套', 'Gloves')]),
    n('1506', '皮带领带', 'Belts & ties', [n('150601', '皮带腰带', 'Belts'), n('150602', '领带领结', 'Ties & bow ties')]),
  ]),
  n('16', '鞋类', 'Footwear', [
    n('1601', '拖鞋凉鞋', 'Slippers & sandals', [n('160101', '拖鞋', 'Slippers'), n('160102', '凉鞋沙滩鞋', 'Sandals & flip-flops')]),
    n('1602', '休闲运动鞋', 'Casual & sports shoes', [n('160201', '运动鞋', 'Sneakers'), n('160202', '帆布鞋', 'Canvas shoes')]),
    n('1603', '童鞋', 'Kids shoes', [n('160301', '儿童鞋', 'Children\u2019s shoes'), n('160302', '婴儿鞋', 'Baby shoes')]),
    n('1604', '皮鞋靴子', 'Leather shoes & boots', [n('160401', '皮鞋', 'Leather shoes'), n('160402', '靴子', 'Boots')]),
    n('1605', '鞋材鞋护', 'Shoe accessories & care', [n('160501', '鞋垫', 'Insoles'), n('160502', '鞋带鞋护', 'Shoelaces & shoe care')]),
  ]),
  n('17', '化妆品', 'Cosmetics & beauty', [
    n('1701', '彩妆', 'Makeup', [n('170101', '唇部彩妆', 'Lip makeup'), n('170102', '眼部彩妆', 'Eye makeup'), n('170103', '面部彩妆', 'Face makeup')]),
    n('1702', '美甲', 'Nails', [n('170201', '指甲油', 'Nail polish'), n('170202', '美甲工具', 'Nail tools & press-on nails')]),
    n('1703', '美妆工具', 'Beauty tools', [
      n('170301', '化妆刷', 'Makeup brushes'),
      n('170302', '化妆蛋粉扑', 'Makeup sponges & puffs'),
      n('170303', '眉睫工具', 'Brow & lash tools'),
    ]),
    n('1704', '护肤洗护', 'Skin & hair care', [n('170401', '护肤品', 'Skincare'), n('170402', '洗护用品', 'Bath & hair care'), n('170403', '香水', 'Perfume')]),
    n('1705', '假发', 'Wigs & hair pieces', [n('170501', '假发', 'Wigs'), n('170502', '假发片接发', 'Hair pieces & extensions')]),
  ]),
  n('18', '眼镜', 'Eyewear', [
    n('1801', '太阳镜', 'Sunglasses', [
      n('180101', '时尚太阳镜', 'Fashion sunglasses'),
      n('180102', '儿童太阳镜', 'Kids sunglasses'),
      n('180103', '运动眼镜', 'Sports glasses'),
    ]),
    n('1802', '光学眼镜', 'Optical glasses', [
      n('180201', '眼镜架', 'Spectacle frames'),
      n('180202', '老花镜', 'Reading glasses'),
      n('180203', '防蓝光眼镜', 'Blue light glasses'),
    ]),
    n('1803', '眼镜配件', 'Eyewear accessories', [n('180301', '眼镜盒', 'Glasses cases'), n('180302', '眼镜链眼镜布', 'Glasses chains & cloths')]),
  ]),
  n('19', '拉链纽扣', 'Zips, buttons & fasteners', [
    n('1901', '拉链', 'Zips', [
      n('190101', '尼龙拉链', 'Nylon coil zips'),
      n('190102', '金属拉链', 'Metal zips'),
      n('190103', '拉头', 'Zip sliders & pullers'),
    ]),
    n('1902', '纽扣', 'Buttons', [
      n('190201', '树脂纽扣', 'Resin & plastic buttons'),
      n('190202', '金属纽扣', 'Metal & jeans buttons'),
      n('190203', '四合扣', 'Snap fasteners'),
    ]),
    n('1903', '扣具', 'Buckles & eyelets', [n('190301', '塑料扣具', 'Plastic buckles'), n('190302', '金属扣件', 'Metal buckles & eyelets')]),
    n('1904', '缝纫用品', 'Sewing supplies', [n('190401', '缝纫线', 'Sewing thread'), n('190402', '针及缝纫工具', 'Needles, pins & sewing tools')]),
  ]),
  n('20', '汽车用品', 'Auto accessories', [
    n('2001', '车内饰品', 'Car interior', [
      n('200101', '车载香薰', 'Car air fresheners'),
      n('200102', '车内摆件挂件', 'Car ornaments & hangings'),
      n('200103', '座垫座套', 'Seat covers & cushions'),
    ]),
    n('2002', '车载电器', 'Car electronics', [
      n('200201', '车载充电器', 'Car chargers'),
      n('200202', '车载支架', 'Car phone mounts'),
      n('200203', '车载吸尘器', 'Car vacuum cleaners'),
    ]),
    n('2003', '汽车清洁保养', 'Car care', [n('200301', '洗车工具', 'Car wash tools'), n('200302', '清洁养护剂', 'Car care chemicals')]),
    n('2004', '外饰及应急', 'Exterior & emergency', [n('200401', '车贴', 'Car stickers & emblems'), n('200402', '应急工具', 'Emergency tools')]),
  ]),
  n('21', '宠物用品', 'Pet supplies', [
    n('2101', '宠物服饰', 'Pet apparel & walking', [n('210101', '宠物衣服', 'Pet clothes'), n('210102', '项圈牵引绳', 'Collars & leashes')]),
    n('2102', '宠物玩具', 'Pet toys', [n('210201', '狗玩具', 'Dog toys'), n('210202', '猫玩具', 'Cat toys')]),
    n('2103', '宠物窝垫', 'Pet beds & furniture', [n('210301', '宠物窝', 'Pet beds'), n('210302', '猫爬架猫抓板', 'Cat trees & scratchers')]),
    n('2104', '宠物喂食清洁', 'Feeding, grooming & cleaning', [
      n('210401', '宠物碗喂食器', 'Pet bowls & feeders'),
      n('210402', '宠物美容', 'Pet grooming'),
      n('210403', '宠物清洁', 'Pet waste & cleaning'),
    ]),
  ]),
  n('22', '家纺床上用品', 'Home textiles & bedding', [
    n('2201', '床上用品', 'Bedding', [
      n('220101', '床品套件', 'Bedding sets'),
      n('220102', '被子枕芯', 'Quilts & pillows'),
      n('220103', '毛毯', 'Blankets & throws'),
    ]),
    n('2202', '毛巾浴巾', 'Towels', [n('220201', '毛巾', 'Towels'), n('220202', '浴巾浴袍', 'Bath towels & robes')]),
    n('2203', '窗帘布艺', 'Curtains & soft furnishings', [
      n('220301', '窗帘', 'Curtains'),
      n('220302', '抱枕靠垫', 'Cushions & covers'),
      n('220303', '桌布', 'Table linen'),
    ]),
    n('2204', '地毯地垫', 'Rugs & mats', [n('220401', '地垫', 'Door & floor mats'), n('220402', '地毯', 'Rugs & carpets')]),
  ]),
  n('23', '人造花卉', 'Artificial flowers & plants', [
    n('2301', '仿真花', 'Artificial flowers', [
      n('230101', '仿真单枝花', 'Artificial flower stems'),
      n('230102', '仿真花束', 'Artificial bouquets'),
      n('230103', '永生花干花', 'Preserved & dried flowers'),
    ]),
    n('2302', '仿真植物', 'Artificial plants', [
      n('230201', '仿真绿植盆栽', 'Artificial potted plants'),
      n('230202', '仿真藤条花环', 'Vines & garlands'),
      n('230203', '植物墙', 'Plant walls & hedges'),
    ]),
    n('2303', '花艺配件', 'Floristry supplies', [n('230301', '花瓶花盆', 'Vases & pots'), n('230302', '花艺材料', 'Floral foam, wire & wrap')]),
  ]),
  n('24', '服装辅料', 'Garment trims & accessories', [
    n('2401', '织带花边', 'Ribbons, lace & tapes', [
      n('240101', '织带', 'Webbing & ribbons'),
      n('240102', '花边蕾丝', 'Lace trims'),
      n('240103', '松紧带', 'Elastic bands & tapes'),
    ]),
    n('2402', '商标吊牌', 'Labels & tags', [n('240201', '织唛', 'Woven labels'), n('240202', '吊牌', 'Hang tags')]),
    n('2403', '烫钻亮片', 'Embellishments', [
      n('240301', '烫钻', 'Rhinestones'),
      n('240302', '亮片', 'Sequins'),
      n('240303', '布贴刺绣章', 'Patches & appliques'),
    ]),
    n('2404', '魔术贴绳带', 'Hook & loop, cords & drawstrings', [n('240401', '魔术贴', 'Hook & loop tape'), n('240402', '绳带', 'Cords & drawstrings')]),
  ]),
  n('25', '手机配件', 'Phone accessories', [
    n('2501', '手机壳膜', 'Cases & screen protectors', [n('250101', '手机壳', 'Phone cases'), n('250102', '手机膜', 'Screen protectors')]),
    n('2502', '充电配件', 'Charging', [n('250201', '数据线', 'Charging cables'), n('250202', '充电器', 'Chargers'), n('250203', '充电宝', 'Power banks')]),
    n('2503', '手机支架周边', 'Holders & gadgets', [
      n('250301', '手机支架', 'Phone stands & holders'),
      n('250302', '自拍杆', 'Selfie sticks & tripods'),
      n('250303', '手机挂绳', 'Phone lanyards & charms'),
    ]),
  ]),
  n('26', '进口商品', 'Imported goods', [
    n('2601', '进口食品', 'Imported food', [
      n('260101', '糖果巧克力', 'Confectionery & chocolate'),
      n('260102', '饼干零食', 'Biscuits & snacks'),
      n('260103', '咖啡饮料', 'Coffee & beverages'),
    ]),
    n('2602', '进口酒水', 'Imported wine & beer', [n('260201', '葡萄酒', 'Wine'), n('260202', '啤酒', 'Beer')]),
    n('2603', '进口日化', 'Imported personal & home care', [
      n('260301', '进口护肤', 'Imported skincare'),
      n('260302', '进口家清', 'Imported household cleaning'),
    ]),
    n('2604', '进口工艺家居', 'Imported crafts & homeware', [n('260401', '进口工艺品', 'Imported crafts'), n('260402', '进口家居用品', 'Imported homeware')]),
  ]),
];

/**
 * All leaf nodes (third level) in tree order.
 * @example
 * ```ts
 * const leaves = categoryLeaves(); // every third-level category of CATEGORY_TREE
 * console.log(leaves[0].code, leaves[0].en);
 * ```
 */
export function categoryLeaves(tree: readonly CategoryNode[] = CATEGORY_TREE): CategoryNode[] {
  const out: CategoryNode[] = [];
  const walk = (nodes: readonly CategoryNode[]): void => {
    for (const node of nodes) {
      if (node.children && node.children.length > 0) walk(node.children);
      else out.push(node);
    }
  };
  walk(tree);
  return out;
}

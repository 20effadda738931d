/**
 * The curated bilingual small-commodity dictionary shipped with the search
 * engine. It adds to the product kinds of the reference vocabulary
 * (src/modules/catalog/reference/product-kinds.ts, which contributes every kind's Chinese and
 * English names and synonyms): everyday words buyers type that a listing may
 * not use. Each line: Chinese names | English names, synonyms separated by
 * commas; the first name on each side is the preferred one.
 *
 * Entries whose Chinese names meet an existing kind are merged into it.
 */
export const CURATED_DICTIONARY = `
保温杯,保温水杯,真空杯,焖烧杯 | thermos cup,thermos,vacuum cup,insulated cup,vacuum flask,thermal cup,insulated tumbler
保温瓶,暖水瓶,热水瓶 | vacuum flask,thermos flask,hot water flask
水杯,杯子,随手杯 | cup,water cup,drinking cup
马克杯,咖啡杯 | mug,coffee mug
玻璃杯 | glass cup,drinking glass,tumbler
水壶,运动水壶,水瓶 | water bottle,sports bottle,drink bottle
发夹,发卡,边夹,一字夹,抓夹,鲨鱼夹 | hair clip,hairclip,hair pin,hairpin,barrette,claw clip,hair claw
发箍,头箍 | headband,hair hoop
发圈,头绳,发绳,大肠发圈 | hair tie,scrunchie,hair band,ponytail holder
手机壳,手机套,保护壳 | phone case,mobile phone case,cell phone case,phone cover
手机支架,懒人支架 | phone holder,phone stand
数据线,充电线 | charging cable,usb cable,data cable
充电宝,移动电源 | power bank,portable charger
充电器,充电头 | charger,phone charger,wall charger
收纳盒,储物盒,整理盒 | storage box,storage container,organizer box,organiser box
收纳袋,收纳包 | storage bag,organizer bag
收纳篮,储物篮 | storage basket
雨伞,晴雨伞,遮阳伞,折叠伞 | umbrella,sun umbrella,folding umbrella
雨衣,雨披 | raincoat,rain poncho
袜子,短袜,船袜 | socks,sock,ankle socks
丝袜,连裤袜 | stockings,pantyhose,tights
手套 | gloves,glove
围巾,丝巾 | scarf,silk scarf
帽子,棒球帽,鸭舌帽 | hat,cap,baseball cap
太阳镜,墨镜 | sunglasses,sun glasses,shades
眼镜,眼镜框 | glasses,eyeglasses,spectacles
项链 | necklace,chain necklace
耳环,耳钉,耳坠 | earrings,earring,ear studs
戒指 | ring,finger ring
手链,手镯 | bracelet,bangle
胸针 | brooch,pin
钥匙扣,钥匙链,钥匙圈 | keychain,key chain,key ring,keyring
毛绒玩具,公仔,布娃娃 | plush toy,stuffed animal,stuffed toy,soft toy,plushie
积木 | building blocks,building block,bricks
遥控车,玩具车,玩具汽车 | rc car,remote control car,toy car
气球 | balloon,balloons,party balloon
风筝 | kite
拼图 | puzzle,jigsaw puzzle
彩笔,水彩笔,马克笔 | marker,marker pen,felt pen,colour pen
圆珠笔,中性笔,签字笔 | ballpoint pen,gel pen,pen
铅笔 | pencil
笔记本,本子,记事本 | notebook,notepad,journal
文件夹 | file folder,folder
书包,双肩包,背包 | backpack,school bag,rucksack
手提包,手袋,女包 | handbag,purse,tote bag
钱包,钱夹 | wallet,purse
行李箱,拉杆箱,旅行箱 | luggage,suitcase,trolley case
化妆包 | cosmetic bag,makeup bag
化妆刷 | makeup brush,cosmetic brush
口红,唇膏 | lipstick,lip balm
指甲油 | nail polish,nail varnish
假睫毛 | false eyelashes,fake lashes
假发 | wig,hair piece
梳子 | comb,hair brush
镜子,化妆镜 | mirror,makeup mirror
毛巾,浴巾 | towel,bath towel
拖鞋 | slippers,flip flops,sandals
鞋垫 | insole,shoe insert
围裙 | apron
垃圾袋 | garbage bag,trash bag,bin bag
垃圾桶 | trash can,garbage can,dustbin,bin
拖把 | mop
扫把,扫帚 | broom
衣架 | hanger,clothes hanger,coat hanger
晾衣夹,衣夹 | clothes peg,clothespin
挂钩,粘钩 | hook,wall hook,adhesive hook
餐具,刀叉 | tableware,cutlery,flatware
筷子 | chopsticks
勺子,汤勺 | spoon
碗 | bowl
盘子,碟子 | plate,dish
菜刀,厨房刀 | kitchen knife,chef knife
砧板,菜板 | cutting board,chopping board
锅铲 | spatula,turner
饭盒,便当盒 | lunch box,bento box,food container
保鲜盒 | food storage container,crisper
保鲜膜 | cling film,plastic wrap
杯垫 | coaster,cup mat
台灯 | desk lamp,table lamp
灯泡 | light bulb,bulb
灯串,彩灯 | string lights,fairy lights,led strip
手电筒 | flashlight,torch
电池 | battery,batteries
插座,排插 | power strip,socket,extension socket
蓝牙耳机,无线耳机 | bluetooth earphones,wireless earbuds,earbuds
蓝牙音箱 | bluetooth speaker,wireless speaker
风扇,小风扇 | fan,mini fan,handheld fan
螺丝刀 | screwdriver
扳手 | wrench,spanner
钳子 | pliers
锤子 | hammer
卷尺 | tape measure,measuring tape
胶带,透明胶 | tape,adhesive tape,sticky tape
剪刀 | scissors
圣诞树 | christmas tree,xmas tree
圣诞帽 | santa hat,christmas hat
圣诞装饰 | christmas decoration,xmas ornament,christmas ornament
彩带,拉花 | streamer,party streamer
派对用品 | party supplies,party favors
假花,仿真花 | artificial flower,fake flower,silk flower
花瓶 | vase,flower vase
相框 | photo frame,picture frame
挂画,装饰画 | wall art,canvas painting,painting
地毯,地垫 | carpet,rug,floor mat,door mat
窗帘 | curtain,drape
抱枕,靠垫 | cushion,throw pillow,pillow
床单,四件套 | bed sheet,bedding set
宠物项圈 | pet collar,dog collar
牵引绳 | dog leash,pet leash,leash
猫砂 | cat litter
宠物玩具 | pet toy,dog toy,cat toy
瑜伽垫 | yoga mat,exercise mat
跳绳 | skipping rope,jump rope
哑铃 | dumbbell
泳镜 | swimming goggles,swim goggles
口罩 | face mask,mask
手表 | watch,wristwatch,wrist watch
闹钟 | alarm clock
挂钟 | wall clock
拉链 | zipper,zip
纽扣 | button,buttons
丝带,缎带 | ribbon,satin ribbon
蕾丝 | lace,lace trim
贴纸 | sticker,stickers,decal
包装盒,礼盒 | gift box,packaging box
包装袋,礼品袋 | gift bag,packaging bag
购物袋,环保袋 | shopping bag,tote bag,reusable bag
打火机 | lighter
香薰 | aroma diffuser,aromatherapy,scented candle
蜡烛 | candle,candles
T恤,短袖 | t-shirt,tshirt,tee
内衣,文胸 | underwear,bra
睡衣 | pajamas,pyjamas,sleepwear
`;

/** Single Chinese commodity words that must stay whole in segmentation (beyond the dictionary's names). */
export const CURATED_ZH_WORDS = `
保温杯 发夹 收纳盒 手机壳 手机套 数据线 充电宝 钥匙扣 毛绒玩具 太阳镜 行李箱 拉杆箱 双肩包 化妆包 化妆刷 假睫毛 指甲油 垃圾袋 保鲜盒
保鲜膜 灯串 蓝牙耳机 蓝牙音箱 圣诞树 圣诞帽 仿真花 装饰画 四件套 宠物项圈 牵引绳 瑜伽垫 环保袋 购物袋 礼品袋 包装盒 鲨鱼夹 抓夹 大肠发圈
焖烧杯 马克杯 玻璃杯 随手杯 水壶 饭盒 便当盒 杯垫 台灯 手电筒 排插 螺丝刀 卷尺 透明胶 彩带 拉花 跳绳 哑铃 泳镜 挂钟 闹钟 缎带 贴纸 打火机
`;

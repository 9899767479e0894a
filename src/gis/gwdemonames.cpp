// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwdemonames.h"

namespace
{
  const QStringList &surnames()
  {
    static const QStringList list = QString::fromUtf8(
                                      "王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 "
                                      "梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕 "
                                      "苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 "
                                      "范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史" ).split( QLatin1Char( ' ' ) );
    return list;
  }

  const QString &givenNameCharacters()
  {
    static const QString characters = QString::fromUtf8(
                                        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志"
                                        "文斌海燕鹏飞辉林婷雪梅晨宇浩然子涵欣怡佳琪俊杰思远嘉懿语桐若汐" );
    return characters;
  }

  const QStringList &laneStems()
  {
    static const QStringList list = QString::fromUtf8(
                                      "和平 幸福 文化 建设 胜利 团结 光明 友谊 新华 民主 育才 金桥 丰收 朝阳 前进 东湖 兴隆" )
                                    .split( QLatin1Char( ' ' ) );
    return list;
  }

  const QStringList &compoundStems()
  {
    static const QStringList list = QString::fromUtf8(
                                      "锦绣 翠湖 春华 金色 阳光 康城 怡景 丽都 水岸 澧水 桂园 新城 "
                                      "滨江 银杏 御景 碧桂 书香 盛世 紫荆 聚福 永安 百合 长岭 松涛" )
                                    .split( QLatin1Char( ' ' ) );
    return list;
  }
}

QString GwDemoNames::personName()
{
  const QStringList &family = surnames();
  const QString &characters = givenNameCharacters();
  QString name = family.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( family.size() ) ) ) );
  const int length = mRandom.bounded( 100 ) < 70 ? 2 : 1;
  for ( int i = 0; i < length; ++i )
    name += characters.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( characters.size() ) ) ) );
  return name;
}

QString GwDemoNames::laneStem( int gridIndex )
{
  const QStringList &stems = laneStems();
  return stems.at( gridIndex % stems.size() );
}

QString GwDemoNames::chineseNumber( int value )
{
  static const QString digits = QString::fromUtf8( "〇一二三四五六七八九" );
  const QString ten = QString::fromUtf8( "十" );
  if ( value < 10 )
    return digits.at( value );
  if ( value < 20 )
    return ten + ( value % 10 ? QString( digits.at( value % 10 ) ) : QString() );
  return QString( digits.at( value / 10 ) ) + ten + ( value % 10 ? QString( digits.at( value % 10 ) ) : QString() );
}

QString GwDemoNames::compoundName( const QString &suffix )
{
  const QStringList &stems = compoundStems();
  for ( int attempt = 0; attempt < 100; ++attempt )
  {
    QString name = stems.at( static_cast<int>( mRandom.bounded( static_cast<quint32>( stems.size() ) ) ) ) + suffix;
    if ( attempt >= 50 )
      name = stems.at( attempt % stems.size() ) + chineseNumber( attempt / stems.size() + 2 ) + QString::fromUtf8( "期" ) + suffix;
    if ( !mUsedCompounds.contains( name ) )
    {
      mUsedCompounds << name;
      return name;
    }
  }
  return suffix;
}

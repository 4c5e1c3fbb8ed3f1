<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyMaxScale="1" maxScale="0" hasScaleBasedVisibilityFlag="0" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Forms|MapTips|AttributeTable|Rendering" minScale="100000000" readOnly="0" version="3.22.16-Białowieża" labelsEnabled="1" symbologyReferenceScale="-1" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1">
    <rules key="{68b84313-d3f7-4341-8bd6-e50520946c63}">
      <rule symbol="0" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2" key="{2f0ad649-4ac6-4720-8b01-8e4e85f1204b}" label="Several deforestation signals"/>
      <rule symbol="1" filter="&quot;flag_mining&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{aaffaa65-f607-4554-ad7d-470de85a9d72}" label="Mining"/>
      <rule symbol="2" filter="&quot;flag_logging&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{402c4692-a8d3-433b-968a-0921984507af}" label="Logging"/>
      <rule symbol="3" filter="&quot;flag_slash_burn&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" key="{905b1b9c-952e-4d80-bad1-714c953caccf}" label="Slash-and-burn"/>
      <rule symbol="4" filter="ELSE" key="{1d674311-9ca3-4f48-a97c-2b7e284074d7}" label="Other tiles"/>
    </rules>
    <symbols>
      <symbol type="fill" name="0" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,0,0,110"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,0,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="1.3"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="255,0,0,110" k="color"/>
          <prop v="miter" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,0,0,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="1.3" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="1" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="230,0,126,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="230,0,126,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="230,0,126,90" k="color"/>
          <prop v="miter" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="230,0,126,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.9" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="2" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,212,0,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,212,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="255,212,0,90" k="color"/>
          <prop v="miter" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,212,0,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.9" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="3" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,95,0,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,95,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="255,95,0,90" k="color"/>
          <prop v="miter" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,95,0,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.9" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="4" clip_to_extent="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" enabled="1" class="SimpleFill" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="0,0,255,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="240,240,240,180"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="no"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="0,0,255,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="240,240,240,180" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="no" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style multilineHeight="1" isExpression="1" textColor="255,255,255,255" allowHtml="0" capitalization="0" fontStrikeout="0" useSubstitutions="0" fontItalic="0" fontLetterSpacing="0" fontWordSpacing="0" fontKerning="1" fieldName="replace(&quot;tags&quot;, ' ', '\n')" legendString="Aa" previewBkgrdColor="255,255,255,255" textOpacity="1" fontUnderline="0" fontWeight="50" fontSize="8" blendMode="0" fontFamily="DejaVu Sans" textOrientation="horizontal" fontSizeUnit="Point" namedStyle="" fontSizeMapUnitScale="3x:0,0,0,0,0,0">
        <families/>
        <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferColor="0,0,0,200" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="1" bufferSizeUnits="MM" bufferBlendMode="0" bufferNoFill="1" bufferSize="0.80000000000000004"/>
        <text-mask maskEnabled="0" maskOpacity="1" maskSizeUnits="MM" maskedSymbolLayers="" maskJoinStyle="128" maskType="0" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeSizeUnit="MM" shapeBorderWidthUnit="MM" shapeType="0" shapeSizeType="0" shapeRotation="0" shapeOffsetUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidth="0" shapeRadiiY="0" shapeRotationType="0" shapeSizeY="0" shapeFillColor="255,255,255,255" shapeOpacity="1" shapeBlendMode="0" shapeSizeX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetX="0" shapeOffsetY="0" shapeDraw="0" shapeJoinStyle="64" shapeRadiiX="0" shapeSVGFile="">
          <symbol type="fill" name="fillSymbol" clip_to_extent="1" alpha="1" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" enabled="1" class="SimpleFill" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadius="1.5" shadowColor="0,0,0,255" shadowOffsetUnit="MM" shadowOffsetAngle="135" shadowBlendMode="6" shadowUnder="0" shadowDraw="0" shadowRadiusUnit="MM" shadowOffsetDist="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowOffsetGlobal="1" shadowScale="100" shadowRadiusAlphaOnly="0"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format autoWrapLength="0" reverseDirectionSymbol="0" leftDirectionSymbol="&lt;" decimals="3" wrapChar="" addDirectionSymbol="0" plussign="0" multilineAlign="3" useMaxLineLengthForAutoWrap="1" formatNumbers="0" rightDirectionSymbol=">" placeDirectionSymbol="0"/>
      <placement yOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" priority="5" offsetUnits="MM" geometryGenerator="" maxCurvedCharAngleIn="25" placement="1" quadOffset="4" repeatDistanceUnits="MM" centroidWhole="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" overrunDistanceUnit="MM" offsetType="0" dist="0" polygonPlacementFlags="2" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" repeatDistance="0" lineAnchorPercent="0.5" placementFlags="10" distUnits="MM" centroidInside="0" overrunDistance="0" rotationAngle="0" geometryGeneratorType="PointGeometry" xOffset="0" preserveRotation="1" geometryGeneratorEnabled="0" fitInPolygonOnly="0" lineAnchorClipping="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" rotationUnit="AngleDegrees" lineAnchorType="0"/>
      <rendering fontMinPixelSize="0" obstacleFactor="1" unplacedVisibility="0" upsidedownLabels="0" labelPerPart="0" fontLimitPixelSize="0" drawLabels="1" displayAll="0" scaleMax="0" obstacle="1" limitNumLabels="0" scaleVisibility="0" obstacleType="1" minFeatureSize="18" maxNumLabels="2000" mergeLines="0" fontMaxPixelSize="10000" zIndex="0" scaleMin="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="tags">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_mining">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flag_slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="flagged">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_mining">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="score_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="row">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="col">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="coverage">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_clear">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_partly_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_haze">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_primary">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_agriculture">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_road">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_water">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cultivation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_habitation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_bare_ground">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_artisinal_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_selective_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blooming">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blow_down">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_conventional_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="clear">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="partly_cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="haze">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cloudy">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="primary">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="agriculture">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="road">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="water">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="cultivation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="habitation">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="bare_ground">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="artisinal_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="selective_logging">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blooming">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="slash_burn">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="blow_down">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="conventional_mine">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="model">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="embedding">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="tags" name="Tags" index="0"/>
    <alias field="flag_mining" name="Flag: Mining" index="1"/>
    <alias field="flag_logging" name="Flag: Logging" index="2"/>
    <alias field="flag_slash_burn" name="Flag: Slash-and-burn" index="3"/>
    <alias field="flagged" name="Flagged (any)" index="4"/>
    <alias field="score_mining" name="Score: Mining" index="5"/>
    <alias field="score_logging" name="Score: Logging" index="6"/>
    <alias field="score_slash_burn" name="Score: Slash-and-burn" index="7"/>
    <alias field="row" name="Row" index="8"/>
    <alias field="col" name="Column" index="9"/>
    <alias field="coverage" name="Valid-pixel coverage" index="10"/>
    <alias field="p_clear" name="P(Clear)" index="11"/>
    <alias field="p_partly_cloudy" name="P(Partly cloudy)" index="12"/>
    <alias field="p_haze" name="P(Haze)" index="13"/>
    <alias field="p_cloudy" name="P(Cloudy)" index="14"/>
    <alias field="p_primary" name="P(Primary)" index="15"/>
    <alias field="p_agriculture" name="P(Agriculture)" index="16"/>
    <alias field="p_road" name="P(Road)" index="17"/>
    <alias field="p_water" name="P(Water)" index="18"/>
    <alias field="p_cultivation" name="P(Cultivation)" index="19"/>
    <alias field="p_habitation" name="P(Habitation)" index="20"/>
    <alias field="p_bare_ground" name="P(Bare ground)" index="21"/>
    <alias field="p_artisinal_mine" name="P(Artisanal mine)" index="22"/>
    <alias field="p_selective_logging" name="P(Selective logging)" index="23"/>
    <alias field="p_blooming" name="P(Blooming)" index="24"/>
    <alias field="p_slash_burn" name="P(Slash burn)" index="25"/>
    <alias field="p_blow_down" name="P(Blow down)" index="26"/>
    <alias field="p_conventional_mine" name="P(Conventional mine)" index="27"/>
    <alias field="clear" name="Clear" index="28"/>
    <alias field="partly_cloudy" name="Partly cloudy" index="29"/>
    <alias field="haze" name="Haze" index="30"/>
    <alias field="cloudy" name="Cloudy" index="31"/>
    <alias field="primary" name="Primary" index="32"/>
    <alias field="agriculture" name="Agriculture" index="33"/>
    <alias field="road" name="Road" index="34"/>
    <alias field="water" name="Water" index="35"/>
    <alias field="cultivation" name="Cultivation" index="36"/>
    <alias field="habitation" name="Habitation" index="37"/>
    <alias field="bare_ground" name="Bare ground" index="38"/>
    <alias field="artisinal_mine" name="Artisanal mine" index="39"/>
    <alias field="selective_logging" name="Selective logging" index="40"/>
    <alias field="blooming" name="Blooming" index="41"/>
    <alias field="slash_burn" name="Slash burn" index="42"/>
    <alias field="blow_down" name="Blow down" index="43"/>
    <alias field="conventional_mine" name="Conventional mine" index="44"/>
    <alias field="model" name="Model" index="45"/>
    <alias field="embedding" name="" index="46"/>
  </aliases>
  <defaults>
    <default field="tags" expression="" applyOnUpdate="0"/>
    <default field="flag_mining" expression="" applyOnUpdate="0"/>
    <default field="flag_logging" expression="" applyOnUpdate="0"/>
    <default field="flag_slash_burn" expression="" applyOnUpdate="0"/>
    <default field="flagged" expression="" applyOnUpdate="0"/>
    <default field="score_mining" expression="" applyOnUpdate="0"/>
    <default field="score_logging" expression="" applyOnUpdate="0"/>
    <default field="score_slash_burn" expression="" applyOnUpdate="0"/>
    <default field="row" expression="" applyOnUpdate="0"/>
    <default field="col" expression="" applyOnUpdate="0"/>
    <default field="coverage" expression="" applyOnUpdate="0"/>
    <default field="p_clear" expression="" applyOnUpdate="0"/>
    <default field="p_partly_cloudy" expression="" applyOnUpdate="0"/>
    <default field="p_haze" expression="" applyOnUpdate="0"/>
    <default field="p_cloudy" expression="" applyOnUpdate="0"/>
    <default field="p_primary" expression="" applyOnUpdate="0"/>
    <default field="p_agriculture" expression="" applyOnUpdate="0"/>
    <default field="p_road" expression="" applyOnUpdate="0"/>
    <default field="p_water" expression="" applyOnUpdate="0"/>
    <default field="p_cultivation" expression="" applyOnUpdate="0"/>
    <default field="p_habitation" expression="" applyOnUpdate="0"/>
    <default field="p_bare_ground" expression="" applyOnUpdate="0"/>
    <default field="p_artisinal_mine" expression="" applyOnUpdate="0"/>
    <default field="p_selective_logging" expression="" applyOnUpdate="0"/>
    <default field="p_blooming" expression="" applyOnUpdate="0"/>
    <default field="p_slash_burn" expression="" applyOnUpdate="0"/>
    <default field="p_blow_down" expression="" applyOnUpdate="0"/>
    <default field="p_conventional_mine" expression="" applyOnUpdate="0"/>
    <default field="clear" expression="" applyOnUpdate="0"/>
    <default field="partly_cloudy" expression="" applyOnUpdate="0"/>
    <default field="haze" expression="" applyOnUpdate="0"/>
    <default field="cloudy" expression="" applyOnUpdate="0"/>
    <default field="primary" expression="" applyOnUpdate="0"/>
    <default field="agriculture" expression="" applyOnUpdate="0"/>
    <default field="road" expression="" applyOnUpdate="0"/>
    <default field="water" expression="" applyOnUpdate="0"/>
    <default field="cultivation" expression="" applyOnUpdate="0"/>
    <default field="habitation" expression="" applyOnUpdate="0"/>
    <default field="bare_ground" expression="" applyOnUpdate="0"/>
    <default field="artisinal_mine" expression="" applyOnUpdate="0"/>
    <default field="selective_logging" expression="" applyOnUpdate="0"/>
    <default field="blooming" expression="" applyOnUpdate="0"/>
    <default field="slash_burn" expression="" applyOnUpdate="0"/>
    <default field="blow_down" expression="" applyOnUpdate="0"/>
    <default field="conventional_mine" expression="" applyOnUpdate="0"/>
    <default field="model" expression="" applyOnUpdate="0"/>
    <default field="embedding" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="tags" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="flag_mining" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="flag_logging" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="flag_slash_burn" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="flagged" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="score_mining" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="score_logging" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="score_slash_burn" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="row" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="col" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="coverage" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_clear" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_partly_cloudy" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_haze" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_cloudy" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_primary" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_agriculture" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_road" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_water" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_cultivation" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_habitation" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_bare_ground" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_artisinal_mine" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_selective_logging" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_blooming" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_slash_burn" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_blow_down" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="p_conventional_mine" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="clear" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="partly_cloudy" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="haze" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="cloudy" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="primary" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="agriculture" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="road" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="water" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="cultivation" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="habitation" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="bare_ground" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="artisinal_mine" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="selective_logging" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="blooming" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="slash_burn" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="blow_down" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="conventional_mine" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="model" exp_strength="0" constraints="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="embedding" exp_strength="0" constraints="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="tags" desc="" exp=""/>
    <constraint field="flag_mining" desc="" exp=""/>
    <constraint field="flag_logging" desc="" exp=""/>
    <constraint field="flag_slash_burn" desc="" exp=""/>
    <constraint field="flagged" desc="" exp=""/>
    <constraint field="score_mining" desc="" exp=""/>
    <constraint field="score_logging" desc="" exp=""/>
    <constraint field="score_slash_burn" desc="" exp=""/>
    <constraint field="row" desc="" exp=""/>
    <constraint field="col" desc="" exp=""/>
    <constraint field="coverage" desc="" exp=""/>
    <constraint field="p_clear" desc="" exp=""/>
    <constraint field="p_partly_cloudy" desc="" exp=""/>
    <constraint field="p_haze" desc="" exp=""/>
    <constraint field="p_cloudy" desc="" exp=""/>
    <constraint field="p_primary" desc="" exp=""/>
    <constraint field="p_agriculture" desc="" exp=""/>
    <constraint field="p_road" desc="" exp=""/>
    <constraint field="p_water" desc="" exp=""/>
    <constraint field="p_cultivation" desc="" exp=""/>
    <constraint field="p_habitation" desc="" exp=""/>
    <constraint field="p_bare_ground" desc="" exp=""/>
    <constraint field="p_artisinal_mine" desc="" exp=""/>
    <constraint field="p_selective_logging" desc="" exp=""/>
    <constraint field="p_blooming" desc="" exp=""/>
    <constraint field="p_slash_burn" desc="" exp=""/>
    <constraint field="p_blow_down" desc="" exp=""/>
    <constraint field="p_conventional_mine" desc="" exp=""/>
    <constraint field="clear" desc="" exp=""/>
    <constraint field="partly_cloudy" desc="" exp=""/>
    <constraint field="haze" desc="" exp=""/>
    <constraint field="cloudy" desc="" exp=""/>
    <constraint field="primary" desc="" exp=""/>
    <constraint field="agriculture" desc="" exp=""/>
    <constraint field="road" desc="" exp=""/>
    <constraint field="water" desc="" exp=""/>
    <constraint field="cultivation" desc="" exp=""/>
    <constraint field="habitation" desc="" exp=""/>
    <constraint field="bare_ground" desc="" exp=""/>
    <constraint field="artisinal_mine" desc="" exp=""/>
    <constraint field="selective_logging" desc="" exp=""/>
    <constraint field="blooming" desc="" exp=""/>
    <constraint field="slash_burn" desc="" exp=""/>
    <constraint field="blow_down" desc="" exp=""/>
    <constraint field="conventional_mine" desc="" exp=""/>
    <constraint field="model" desc="" exp=""/>
    <constraint field="embedding" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns>
      <column hidden="0" type="field" width="260" name="tags"/>
      <column hidden="0" type="field" width="-1" name="flagged"/>
      <column hidden="0" type="field" width="-1" name="flag_mining"/>
      <column hidden="0" type="field" width="-1" name="flag_logging"/>
      <column hidden="0" type="field" width="-1" name="flag_slash_burn"/>
      <column hidden="0" type="field" width="-1" name="score_mining"/>
      <column hidden="0" type="field" width="-1" name="score_logging"/>
      <column hidden="0" type="field" width="-1" name="score_slash_burn"/>
      <column hidden="0" type="field" width="-1" name="row"/>
      <column hidden="0" type="field" width="-1" name="col"/>
      <column hidden="0" type="field" width="-1" name="coverage"/>
      <column hidden="0" type="field" width="-1" name="p_clear"/>
      <column hidden="0" type="field" width="-1" name="p_partly_cloudy"/>
      <column hidden="0" type="field" width="-1" name="p_haze"/>
      <column hidden="0" type="field" width="-1" name="p_cloudy"/>
      <column hidden="0" type="field" width="-1" name="p_primary"/>
      <column hidden="0" type="field" width="-1" name="p_agriculture"/>
      <column hidden="0" type="field" width="-1" name="p_road"/>
      <column hidden="0" type="field" width="-1" name="p_water"/>
      <column hidden="0" type="field" width="-1" name="p_cultivation"/>
      <column hidden="0" type="field" width="-1" name="p_habitation"/>
      <column hidden="0" type="field" width="-1" name="p_bare_ground"/>
      <column hidden="0" type="field" width="-1" name="p_artisinal_mine"/>
      <column hidden="0" type="field" width="-1" name="p_selective_logging"/>
      <column hidden="0" type="field" width="-1" name="p_blooming"/>
      <column hidden="0" type="field" width="-1" name="p_slash_burn"/>
      <column hidden="0" type="field" width="-1" name="p_blow_down"/>
      <column hidden="0" type="field" width="-1" name="p_conventional_mine"/>
      <column hidden="0" type="field" width="-1" name="clear"/>
      <column hidden="0" type="field" width="-1" name="partly_cloudy"/>
      <column hidden="0" type="field" width="-1" name="haze"/>
      <column hidden="0" type="field" width="-1" name="cloudy"/>
      <column hidden="0" type="field" width="-1" name="primary"/>
      <column hidden="0" type="field" width="-1" name="agriculture"/>
      <column hidden="0" type="field" width="-1" name="road"/>
      <column hidden="0" type="field" width="-1" name="water"/>
      <column hidden="0" type="field" width="-1" name="cultivation"/>
      <column hidden="0" type="field" width="-1" name="habitation"/>
      <column hidden="0" type="field" width="-1" name="bare_ground"/>
      <column hidden="0" type="field" width="-1" name="artisinal_mine"/>
      <column hidden="0" type="field" width="-1" name="selective_logging"/>
      <column hidden="0" type="field" width="-1" name="blooming"/>
      <column hidden="0" type="field" width="-1" name="slash_burn"/>
      <column hidden="0" type="field" width="-1" name="blow_down"/>
      <column hidden="0" type="field" width="-1" name="conventional_mine"/>
      <column hidden="0" type="field" width="-1" name="model"/>
      <column hidden="1" type="field" width="-1" name="embedding"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer visibilityExpression="" name="Tile" showLabel="1" visibilityExpressionEnabled="0" columnCount="1" groupBox="1">
      <attributeEditorField name="tags" showLabel="1" index="0"/>
      <attributeEditorField name="flagged" showLabel="1" index="4"/>
      <attributeEditorField name="flag_mining" showLabel="1" index="1"/>
      <attributeEditorField name="flag_logging" showLabel="1" index="2"/>
      <attributeEditorField name="flag_slash_burn" showLabel="1" index="3"/>
      <attributeEditorField name="score_mining" showLabel="1" index="5"/>
      <attributeEditorField name="score_logging" showLabel="1" index="6"/>
      <attributeEditorField name="score_slash_burn" showLabel="1" index="7"/>
      <attributeEditorField name="coverage" showLabel="1" index="10"/>
      <attributeEditorField name="row" showLabel="1" index="8"/>
      <attributeEditorField name="col" showLabel="1" index="9"/>
      <attributeEditorField name="model" showLabel="1" index="45"/>
    </attributeEditorContainer>
    <attributeEditorContainer visibilityExpression="" name="Tags and probabilities" showLabel="1" visibilityExpressionEnabled="0" columnCount="2" groupBox="1">
      <attributeEditorField name="clear" showLabel="1" index="28"/>
      <attributeEditorField name="p_clear" showLabel="1" index="11"/>
      <attributeEditorField name="partly_cloudy" showLabel="1" index="29"/>
      <attributeEditorField name="p_partly_cloudy" showLabel="1" index="12"/>
      <attributeEditorField name="haze" showLabel="1" index="30"/>
      <attributeEditorField name="p_haze" showLabel="1" index="13"/>
      <attributeEditorField name="cloudy" showLabel="1" index="31"/>
      <attributeEditorField name="p_cloudy" showLabel="1" index="14"/>
      <attributeEditorField name="primary" showLabel="1" index="32"/>
      <attributeEditorField name="p_primary" showLabel="1" index="15"/>
      <attributeEditorField name="agriculture" showLabel="1" index="33"/>
      <attributeEditorField name="p_agriculture" showLabel="1" index="16"/>
      <attributeEditorField name="road" showLabel="1" index="34"/>
      <attributeEditorField name="p_road" showLabel="1" index="17"/>
      <attributeEditorField name="water" showLabel="1" index="35"/>
      <attributeEditorField name="p_water" showLabel="1" index="18"/>
      <attributeEditorField name="cultivation" showLabel="1" index="36"/>
      <attributeEditorField name="p_cultivation" showLabel="1" index="19"/>
      <attributeEditorField name="habitation" showLabel="1" index="37"/>
      <attributeEditorField name="p_habitation" showLabel="1" index="20"/>
      <attributeEditorField name="bare_ground" showLabel="1" index="38"/>
      <attributeEditorField name="p_bare_ground" showLabel="1" index="21"/>
      <attributeEditorField name="artisinal_mine" showLabel="1" index="39"/>
      <attributeEditorField name="p_artisinal_mine" showLabel="1" index="22"/>
      <attributeEditorField name="selective_logging" showLabel="1" index="40"/>
      <attributeEditorField name="p_selective_logging" showLabel="1" index="23"/>
      <attributeEditorField name="blooming" showLabel="1" index="41"/>
      <attributeEditorField name="p_blooming" showLabel="1" index="24"/>
      <attributeEditorField name="slash_burn" showLabel="1" index="42"/>
      <attributeEditorField name="p_slash_burn" showLabel="1" index="25"/>
      <attributeEditorField name="blow_down" showLabel="1" index="43"/>
      <attributeEditorField name="p_blow_down" showLabel="1" index="26"/>
      <attributeEditorField name="conventional_mine" showLabel="1" index="44"/>
      <attributeEditorField name="p_conventional_mine" showLabel="1" index="27"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>&lt;table>&lt;tr>&lt;th align="left">Flag&lt;/th>&lt;th>score&lt;/th>&lt;/tr>&lt;tr>&lt;td>[% if("flag_mining", '&lt;b>&amp;#9888; Mining&lt;/b>', 'Mining') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_mining", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_logging", '&lt;b>&amp;#9888; Logging&lt;/b>', 'Logging') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_logging", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_slash_burn", '&lt;b>&amp;#9888; Slash-and-burn&lt;/b>', 'Slash-and-burn') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_slash_burn", 2), '') %]&lt;/td>&lt;/tr>&lt;/table>&lt;b>Most probable&lt;/b>&lt;br/>[% array_to_string(array_foreach(array_slice(array_sort(array(lpad(to_string(round(coalesce("p_clear", 0) * 100)), 3, '0') || 'Clear', lpad(to_string(round(coalesce("p_partly_cloudy", 0) * 100)), 3, '0') || 'Partly cloudy', lpad(to_string(round(coalesce("p_haze", 0) * 100)), 3, '0') || 'Haze', lpad(to_string(round(coalesce("p_cloudy", 0) * 100)), 3, '0') || 'Cloudy', lpad(to_string(round(coalesce("p_primary", 0) * 100)), 3, '0') || 'Primary', lpad(to_string(round(coalesce("p_agriculture", 0) * 100)), 3, '0') || 'Agriculture', lpad(to_string(round(coalesce("p_road", 0) * 100)), 3, '0') || 'Road', lpad(to_string(round(coalesce("p_water", 0) * 100)), 3, '0') || 'Water', lpad(to_string(round(coalesce("p_cultivation", 0) * 100)), 3, '0') || 'Cultivation', lpad(to_string(round(coalesce("p_habitation", 0) * 100)), 3, '0') || 'Habitation', lpad(to_string(round(coalesce("p_bare_ground", 0) * 100)), 3, '0') || 'Bare ground', lpad(to_string(round(coalesce("p_artisinal_mine", 0) * 100)), 3, '0') || 'Artisanal mine', lpad(to_string(round(coalesce("p_selective_logging", 0) * 100)), 3, '0') || 'Selective logging', lpad(to_string(round(coalesce("p_blooming", 0) * 100)), 3, '0') || 'Blooming', lpad(to_string(round(coalesce("p_slash_burn", 0) * 100)), 3, '0') || 'Slash burn', lpad(to_string(round(coalesce("p_blow_down", 0) * 100)), 3, '0') || 'Blow down', lpad(to_string(round(coalesce("p_conventional_mine", 0) * 100)), 3, '0') || 'Conventional mine'), false), 0, 4), substr(@element, 4) || ' ' || format_number(to_int(left(@element, 3)) / 100, 2)), '&lt;br/>') %]</mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>

<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" maxScale="0" simplifyDrawingTol="1" minScale="100000000" version="3.22.16-Białowieża" simplifyAlgorithm="0" readOnly="0" simplifyDrawingHints="1" simplifyLocal="1" symbologyReferenceScale="-1" styleCategories="LayerConfiguration|Symbology|Fields|Forms|MapTips|Rendering" simplifyMaxScale="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 referencescale="-1" enableorderby="0" type="RuleRenderer" symbollevels="0" forceraster="0">
    <rules key="{5ff0c766-25c2-4ef3-b3cd-1848035a3884}">
      <rule key="{241eeca1-c298-4506-a527-6fd8f5fe8c70}" symbol="0" label="Several deforestation signals" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2"/>
      <rule key="{8b176857-1e2c-461b-8229-5be00da065f6}" symbol="1" label="Mining" filter="&quot;flag_mining&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{bebfe609-12b6-41bb-8c02-71bc1226b474}" symbol="2" label="Logging" filter="&quot;flag_logging&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{e12a14a5-ae5e-4eac-9796-fde1f523a5d5}" symbol="3" label="Slash-and-burn" filter="&quot;flag_slash_burn&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1"/>
      <rule key="{c164a759-cdcb-4f28-b740-c56cb81778bc}" symbol="4" label="Other tiles" filter="ELSE"/>
    </rules>
    <symbols>
      <symbol alpha="1" type="fill" clip_to_extent="1" force_rhr="0" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,0,0,110" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,0,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="1.3" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,0,0,110"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="1.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="fill" clip_to_extent="1" force_rhr="0" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="230,0,126,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="230,0,126,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,0,126,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="230,0,126,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="fill" clip_to_extent="1" force_rhr="0" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,212,0,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,212,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,212,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,212,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="fill" clip_to_extent="1" force_rhr="0" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="255,95,0,90" name="color"/>
            <Option type="QString" value="miter" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,95,0,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.9" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,95,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,95,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" type="fill" clip_to_extent="1" force_rhr="0" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" class="SimpleFill" pass="0" locked="0">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="0,0,255,255" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="240,240,240,180" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="no" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="240,240,240,180"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
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
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_clear">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_partly_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_haze">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cloudy">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_primary">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_agriculture">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_road">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_water">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_cultivation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_habitation">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_bare_ground">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_artisinal_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_selective_logging">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blooming">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_slash_burn">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_blow_down">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="p_conventional_mine">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" value="1" name="Max"/>
            <Option type="double" value="0" name="Min"/>
            <Option type="int" value="3" name="Precision"/>
            <Option type="double" value="0.01" name="Step"/>
            <Option type="QString" value="SpinBox" name="Style"/>
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
    <field configurationFlags="None" name="model">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="row" index="0" name="Row"/>
    <alias field="col" index="1" name="Column"/>
    <alias field="coverage" index="2" name="Valid-pixel coverage"/>
    <alias field="p_clear" index="3" name="P(Clear)"/>
    <alias field="p_partly_cloudy" index="4" name="P(Partly cloudy)"/>
    <alias field="p_haze" index="5" name="P(Haze)"/>
    <alias field="p_cloudy" index="6" name="P(Cloudy)"/>
    <alias field="p_primary" index="7" name="P(Primary)"/>
    <alias field="p_agriculture" index="8" name="P(Agriculture)"/>
    <alias field="p_road" index="9" name="P(Road)"/>
    <alias field="p_water" index="10" name="P(Water)"/>
    <alias field="p_cultivation" index="11" name="P(Cultivation)"/>
    <alias field="p_habitation" index="12" name="P(Habitation)"/>
    <alias field="p_bare_ground" index="13" name="P(Bare ground)"/>
    <alias field="p_artisinal_mine" index="14" name="P(Artisanal mine)"/>
    <alias field="p_selective_logging" index="15" name="P(Selective logging)"/>
    <alias field="p_blooming" index="16" name="P(Blooming)"/>
    <alias field="p_slash_burn" index="17" name="P(Slash burn)"/>
    <alias field="p_blow_down" index="18" name="P(Blow down)"/>
    <alias field="p_conventional_mine" index="19" name="P(Conventional mine)"/>
    <alias field="clear" index="20" name="Clear"/>
    <alias field="partly_cloudy" index="21" name="Partly cloudy"/>
    <alias field="haze" index="22" name="Haze"/>
    <alias field="cloudy" index="23" name="Cloudy"/>
    <alias field="primary" index="24" name="Primary"/>
    <alias field="agriculture" index="25" name="Agriculture"/>
    <alias field="road" index="26" name="Road"/>
    <alias field="water" index="27" name="Water"/>
    <alias field="cultivation" index="28" name="Cultivation"/>
    <alias field="habitation" index="29" name="Habitation"/>
    <alias field="bare_ground" index="30" name="Bare ground"/>
    <alias field="artisinal_mine" index="31" name="Artisanal mine"/>
    <alias field="selective_logging" index="32" name="Selective logging"/>
    <alias field="blooming" index="33" name="Blooming"/>
    <alias field="slash_burn" index="34" name="Slash burn"/>
    <alias field="blow_down" index="35" name="Blow down"/>
    <alias field="conventional_mine" index="36" name="Conventional mine"/>
    <alias field="tags" index="37" name="Tags"/>
    <alias field="flag_mining" index="38" name="Flag: Mining"/>
    <alias field="flag_logging" index="39" name="Flag: Logging"/>
    <alias field="flag_slash_burn" index="40" name="Flag: Slash-and-burn"/>
    <alias field="flagged" index="41" name="Flagged (any)"/>
    <alias field="model" index="42" name="Model"/>
  </aliases>
  <defaults>
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
    <default field="tags" expression="" applyOnUpdate="0"/>
    <default field="flag_mining" expression="" applyOnUpdate="0"/>
    <default field="flag_logging" expression="" applyOnUpdate="0"/>
    <default field="flag_slash_burn" expression="" applyOnUpdate="0"/>
    <default field="flagged" expression="" applyOnUpdate="0"/>
    <default field="model" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" field="row" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="col" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="coverage" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_clear" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_partly_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_haze" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_primary" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_agriculture" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_road" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_water" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_cultivation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_habitation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_bare_ground" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_artisinal_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_selective_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_blooming" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_blow_down" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="p_conventional_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="clear" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="partly_cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="haze" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="cloudy" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="primary" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="agriculture" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="road" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="water" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="cultivation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="habitation" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="bare_ground" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="artisinal_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="selective_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="blooming" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="blow_down" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="conventional_mine" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="tags" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_mining" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_logging" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flag_slash_burn" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="flagged" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="model" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="row" exp=""/>
    <constraint desc="" field="col" exp=""/>
    <constraint desc="" field="coverage" exp=""/>
    <constraint desc="" field="p_clear" exp=""/>
    <constraint desc="" field="p_partly_cloudy" exp=""/>
    <constraint desc="" field="p_haze" exp=""/>
    <constraint desc="" field="p_cloudy" exp=""/>
    <constraint desc="" field="p_primary" exp=""/>
    <constraint desc="" field="p_agriculture" exp=""/>
    <constraint desc="" field="p_road" exp=""/>
    <constraint desc="" field="p_water" exp=""/>
    <constraint desc="" field="p_cultivation" exp=""/>
    <constraint desc="" field="p_habitation" exp=""/>
    <constraint desc="" field="p_bare_ground" exp=""/>
    <constraint desc="" field="p_artisinal_mine" exp=""/>
    <constraint desc="" field="p_selective_logging" exp=""/>
    <constraint desc="" field="p_blooming" exp=""/>
    <constraint desc="" field="p_slash_burn" exp=""/>
    <constraint desc="" field="p_blow_down" exp=""/>
    <constraint desc="" field="p_conventional_mine" exp=""/>
    <constraint desc="" field="clear" exp=""/>
    <constraint desc="" field="partly_cloudy" exp=""/>
    <constraint desc="" field="haze" exp=""/>
    <constraint desc="" field="cloudy" exp=""/>
    <constraint desc="" field="primary" exp=""/>
    <constraint desc="" field="agriculture" exp=""/>
    <constraint desc="" field="road" exp=""/>
    <constraint desc="" field="water" exp=""/>
    <constraint desc="" field="cultivation" exp=""/>
    <constraint desc="" field="habitation" exp=""/>
    <constraint desc="" field="bare_ground" exp=""/>
    <constraint desc="" field="artisinal_mine" exp=""/>
    <constraint desc="" field="selective_logging" exp=""/>
    <constraint desc="" field="blooming" exp=""/>
    <constraint desc="" field="slash_burn" exp=""/>
    <constraint desc="" field="blow_down" exp=""/>
    <constraint desc="" field="conventional_mine" exp=""/>
    <constraint desc="" field="tags" exp=""/>
    <constraint desc="" field="flag_mining" exp=""/>
    <constraint desc="" field="flag_logging" exp=""/>
    <constraint desc="" field="flag_slash_burn" exp=""/>
    <constraint desc="" field="flagged" exp=""/>
    <constraint desc="" field="model" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer columnCount="1" visibilityExpression="" visibilityExpressionEnabled="0" showLabel="1" groupBox="1" name="Tile">
      <attributeEditorField showLabel="1" index="37" name="tags"/>
      <attributeEditorField showLabel="1" index="41" name="flagged"/>
      <attributeEditorField showLabel="1" index="38" name="flag_mining"/>
      <attributeEditorField showLabel="1" index="39" name="flag_logging"/>
      <attributeEditorField showLabel="1" index="40" name="flag_slash_burn"/>
      <attributeEditorField showLabel="1" index="2" name="coverage"/>
      <attributeEditorField showLabel="1" index="0" name="row"/>
      <attributeEditorField showLabel="1" index="1" name="col"/>
      <attributeEditorField showLabel="1" index="42" name="model"/>
    </attributeEditorContainer>
    <attributeEditorContainer columnCount="2" visibilityExpression="" visibilityExpressionEnabled="0" showLabel="1" groupBox="1" name="Tags and probabilities">
      <attributeEditorField showLabel="1" index="20" name="clear"/>
      <attributeEditorField showLabel="1" index="3" name="p_clear"/>
      <attributeEditorField showLabel="1" index="21" name="partly_cloudy"/>
      <attributeEditorField showLabel="1" index="4" name="p_partly_cloudy"/>
      <attributeEditorField showLabel="1" index="22" name="haze"/>
      <attributeEditorField showLabel="1" index="5" name="p_haze"/>
      <attributeEditorField showLabel="1" index="23" name="cloudy"/>
      <attributeEditorField showLabel="1" index="6" name="p_cloudy"/>
      <attributeEditorField showLabel="1" index="24" name="primary"/>
      <attributeEditorField showLabel="1" index="7" name="p_primary"/>
      <attributeEditorField showLabel="1" index="25" name="agriculture"/>
      <attributeEditorField showLabel="1" index="8" name="p_agriculture"/>
      <attributeEditorField showLabel="1" index="26" name="road"/>
      <attributeEditorField showLabel="1" index="9" name="p_road"/>
      <attributeEditorField showLabel="1" index="27" name="water"/>
      <attributeEditorField showLabel="1" index="10" name="p_water"/>
      <attributeEditorField showLabel="1" index="28" name="cultivation"/>
      <attributeEditorField showLabel="1" index="11" name="p_cultivation"/>
      <attributeEditorField showLabel="1" index="29" name="habitation"/>
      <attributeEditorField showLabel="1" index="12" name="p_habitation"/>
      <attributeEditorField showLabel="1" index="30" name="bare_ground"/>
      <attributeEditorField showLabel="1" index="13" name="p_bare_ground"/>
      <attributeEditorField showLabel="1" index="31" name="artisinal_mine"/>
      <attributeEditorField showLabel="1" index="14" name="p_artisinal_mine"/>
      <attributeEditorField showLabel="1" index="32" name="selective_logging"/>
      <attributeEditorField showLabel="1" index="15" name="p_selective_logging"/>
      <attributeEditorField showLabel="1" index="33" name="blooming"/>
      <attributeEditorField showLabel="1" index="16" name="p_blooming"/>
      <attributeEditorField showLabel="1" index="34" name="slash_burn"/>
      <attributeEditorField showLabel="1" index="17" name="p_slash_burn"/>
      <attributeEditorField showLabel="1" index="35" name="blow_down"/>
      <attributeEditorField showLabel="1" index="18" name="p_blow_down"/>
      <attributeEditorField showLabel="1" index="36" name="conventional_mine"/>
      <attributeEditorField showLabel="1" index="19" name="p_conventional_mine"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>&lt;table>&lt;tr>&lt;td>[% if("clear", '&lt;b>Clear&lt;/b>', 'Clear') %]&lt;/td>&lt;td align="right">[% format_number("p_clear", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("partly_cloudy", '&lt;b>Partly cloudy&lt;/b>', 'Partly cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_partly_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("haze", '&lt;b>Haze&lt;/b>', 'Haze') %]&lt;/td>&lt;td align="right">[% format_number("p_haze", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cloudy", '&lt;b>Cloudy&lt;/b>', 'Cloudy') %]&lt;/td>&lt;td align="right">[% format_number("p_cloudy", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("primary", '&lt;b>Primary&lt;/b>', 'Primary') %]&lt;/td>&lt;td align="right">[% format_number("p_primary", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("agriculture", '&lt;b>Agriculture&lt;/b>', 'Agriculture') %]&lt;/td>&lt;td align="right">[% format_number("p_agriculture", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("road", '&lt;b>Road&lt;/b>', 'Road') %]&lt;/td>&lt;td align="right">[% format_number("p_road", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("water", '&lt;b>Water&lt;/b>', 'Water') %]&lt;/td>&lt;td align="right">[% format_number("p_water", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("cultivation", '&lt;b>Cultivation&lt;/b>', 'Cultivation') %]&lt;/td>&lt;td align="right">[% format_number("p_cultivation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("habitation", '&lt;b>Habitation&lt;/b>', 'Habitation') %]&lt;/td>&lt;td align="right">[% format_number("p_habitation", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("bare_ground", '&lt;b>Bare ground&lt;/b>', 'Bare ground') %]&lt;/td>&lt;td align="right">[% format_number("p_bare_ground", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("artisinal_mine", '&lt;b>Artisanal mine&lt;/b>', 'Artisanal mine') %]&lt;/td>&lt;td align="right">[% format_number("p_artisinal_mine", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("selective_logging", '&lt;b>Selective logging&lt;/b>', 'Selective logging') %]&lt;/td>&lt;td align="right">[% format_number("p_selective_logging", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blooming", '&lt;b>Blooming&lt;/b>', 'Blooming') %]&lt;/td>&lt;td align="right">[% format_number("p_blooming", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("slash_burn", '&lt;b>Slash burn&lt;/b>', 'Slash burn') %]&lt;/td>&lt;td align="right">[% format_number("p_slash_burn", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("blow_down", '&lt;b>Blow down&lt;/b>', 'Blow down') %]&lt;/td>&lt;td align="right">[% format_number("p_blow_down", 2) %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("conventional_mine", '&lt;b>Conventional mine&lt;/b>', 'Conventional mine') %]&lt;/td>&lt;td align="right">[% format_number("p_conventional_mine", 2) %]&lt;/td>&lt;/tr>&lt;/table></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
